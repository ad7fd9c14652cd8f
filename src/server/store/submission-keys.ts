/**
 * Submission keys used: a hash of each form's one-time key, kept until it expires, so a second
 * post of the same form files nothing. Nothing here names the report, message or case the key
 * was used for.
 */
import type { Db } from '../db/types.ts';

export function createSubmissionKeys(db: Db) {
  return {
    /**
     * Marks a key used until `expiresAt`; false when it was used already. Run inside the
     * transaction that stores what the form sent (`tx`), a rolled-back post leaves the key
     * unused, and two posts of one key at once store once: the second waits for the first's row.
     */
    async claim(keyHash: string, expiresAt: Date, tx: Db = db): Promise<boolean> {
      const added = await tx.run('INSERT INTO submission_keys (key_hash, expires_at) VALUES (?, ?) ON CONFLICT (key_hash) DO NOTHING', [
        keyHash,
        expiresAt.getTime(),
      ]);
      return added === 1;
    },

    /** Gives a key back when what it was claimed for could not be done. */
    async release(keyHash: string): Promise<void> {
      await db.run('DELETE FROM submission_keys WHERE key_hash = ?', [keyHash]);
    },

    /** Deletes every key expired by `now`; returns how many. */
    async sweep(now: Date): Promise<number> {
      return db.run('DELETE FROM submission_keys WHERE expires_at <= ?', [now.getTime()]);
    },
  };
}

export type SubmissionKeys = ReturnType<typeof createSubmissionKeys>;
