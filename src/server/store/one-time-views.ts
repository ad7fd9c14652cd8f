/**
 * One-time views in the database, so that every server process on it can show the page a form
 * led to. A row holds a hash of the view's token, what kind of page it is, what the page shows
 * sealed with a key only the token gives (src/server/help/one-time-view.ts), and when it expires.
 * Taking a view deletes it: it opens once, in whichever process asks first.
 */
import type { Db } from '../db/types.ts';

export interface StoredView {
  kind: string;
  sealed: string;
}

export function createOneTimeViews(db: Db) {
  return {
    /** Keeps a view until `expiresAt`; `tx` writes it inside another store's transaction. */
    async add(tokenHash: string, view: StoredView, expiresAt: Date, tx: Db = db): Promise<void> {
      await tx.run('INSERT INTO one_time_views (token_hash, kind, sealed, expires_at) VALUES (?, ?, ?, ?)', [
        tokenHash,
        view.kind,
        view.sealed,
        expiresAt.getTime(),
      ]);
    },

    /**
     * The view a token hash names, deleted as it is read; undefined when there is none, it has
     * expired, or another request took it first (only one DELETE changes the row).
     */
    async take(tokenHash: string, now: Date): Promise<StoredView | undefined> {
      const row = await db.get('SELECT kind, sealed, expires_at FROM one_time_views WHERE token_hash = ?', [tokenHash]);
      if (!row) return undefined;
      const taken = await db.run('DELETE FROM one_time_views WHERE token_hash = ?', [tokenHash]);
      if (taken !== 1 || Number(row['expires_at']) <= now.getTime()) return undefined;
      return { kind: String(row['kind']), sealed: String(row['sealed']) };
    },

    /** Deletes every view expired by `now`; returns how many. */
    async sweep(now: Date): Promise<number> {
      return db.run('DELETE FROM one_time_views WHERE expires_at <= ?', [now.getTime()]);
    },
  };
}

export type OneTimeViews = ReturnType<typeof createOneTimeViews>;
