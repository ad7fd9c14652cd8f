/**
 * Signed-in sessions, in the database so that several server processes share them. Only a hash
 * of the session id is stored: a copy of the database opens no session.
 */
import type { Lang } from '../../lib/langs.ts';
import type { Db, Row } from '../db/types.ts';

export interface StoredSession {
  idHash: string;
  userId: string;
  csrfToken: string;
  lang: Lang;
  createdAt: Date;
  lastSeenAt: Date;
}

const toSession = (row: Row): StoredSession => ({
  idHash: String(row['id_hash']),
  userId: String(row['user_id']),
  csrfToken: String(row['csrf_token']),
  lang: row['lang'] === 'kk' ? 'kk' : 'ru',
  createdAt: new Date(String(row['created_at'])),
  lastSeenAt: new Date(String(row['last_seen_at'])),
});

export function createSessionStore(db: Db) {
  return {
    async add(session: Omit<StoredSession, 'createdAt' | 'lastSeenAt'>, at: Date): Promise<void> {
      const when = at.toISOString();
      await db.run('INSERT INTO sessions (id_hash, user_id, csrf_token, lang, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)', [
        session.idHash,
        session.userId,
        session.csrfToken,
        session.lang,
        when,
        when,
      ]);
    },

    async find(idHash: string): Promise<StoredSession | undefined> {
      const row = await db.get('SELECT * FROM sessions WHERE id_hash = ?', [idHash]);
      return row ? toSession(row) : undefined;
    },

    async touch(idHash: string, at: Date): Promise<void> {
      await db.run('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?', [at.toISOString(), idHash]);
    },

    async setLang(idHash: string, lang: Lang): Promise<void> {
      await db.run('UPDATE sessions SET lang = ? WHERE id_hash = ?', [lang, idHash]);
    },

    async remove(idHash: string): Promise<void> {
      await db.run('DELETE FROM sessions WHERE id_hash = ?', [idHash]);
    },

    /** Sessions idle since before `idleCutoff`, or begun before `lifetimeCutoff`, are gone for good. */
    async removeExpired(idleCutoff: Date, lifetimeCutoff: Date): Promise<number> {
      return db.run('DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?', [idleCutoff.toISOString(), lifetimeCutoff.toISOString()]);
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
