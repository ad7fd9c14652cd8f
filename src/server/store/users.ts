/**
 * The offices' staff accounts. Created only from the command line (scripts/admin.ts). The
 * columns `failed_logins` and `locked_until` are unused: the login guard keeps its counts per
 * account name and client (src/server/auth/login-guard.ts, shared-login-guard.ts), so a guesser
 * cannot lock an account itself.
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '../../lib/roles.ts';
import type { Db, Row } from '../db/types.ts';

export interface StaffUser {
  id: string;
  name: string;
  role: Role;
  /** Region ids a moderator answers for; empty for admins and analysts. */
  regions: string[];
  passwordHash: string;
  disabled: boolean;
  failedLogins: number;
  lockedUntil: Date | undefined;
  createdAt: Date;
}

export interface NewUser {
  name: string;
  role: Role;
  regions: readonly string[];
  passwordHash: string;
}

const toUser = (row: Row): StaffUser => ({
  id: String(row['id']),
  name: String(row['name']),
  role: row['role'] as Role,
  regions: String(row['regions']).split(',').filter(Boolean),
  passwordHash: String(row['password_hash']),
  disabled: Number(row['disabled']) === 1,
  failedLogins: Number(row['failed_logins']),
  lockedUntil: row['locked_until'] ? new Date(String(row['locked_until'])) : undefined,
  createdAt: new Date(String(row['created_at'])),
});

export function createUserStore(db: Db) {
  const byName = async (name: string) => {
    const row = await db.get('SELECT * FROM users WHERE name = ?', [name]);
    return row ? toUser(row) : undefined;
  };

  return {
    byName,

    async byId(id: string) {
      const row = await db.get('SELECT * FROM users WHERE id = ?', [id]);
      return row ? toUser(row) : undefined;
    },

    /** Adds an account; undefined when the name is taken. */
    async add(user: NewUser, at: Date): Promise<string | undefined> {
      const id = randomUUID();
      // One statement, so two processes adding the same name at once cannot both pass a check.
      const added = await db.run(
        `INSERT INTO users (id, name, role, regions, password_hash, disabled, failed_logins, locked_until, created_at)
         VALUES (?, ?, ?, ?, ?, 0, 0, NULL, ?) ON CONFLICT (name) DO NOTHING`,
        [id, user.name, user.role, user.regions.join(','), user.passwordHash, at.toISOString()],
      );
      return added === 1 ? id : undefined;
    },

    async list(): Promise<StaffUser[]> {
      return (await db.all('SELECT * FROM users ORDER BY name')).map(toUser);
    },

    /** Disables an account and ends its sessions; false when no account has the name. */
    async disable(name: string): Promise<boolean> {
      return db.transaction(async (tx) => {
        const row = await tx.get('SELECT id FROM users WHERE name = ?', [name]);
        if (!row) return false;
        await tx.run('UPDATE users SET disabled = 1 WHERE id = ?', [row['id']!]);
        await tx.run('DELETE FROM sessions WHERE user_id = ?', [row['id']!]);
        return true;
      });
    },

    /** Sets a new password, lifts a lock and ends the account's sessions. */
    async setPassword(name: string, passwordHash: string): Promise<boolean> {
      return db.transaction(async (tx) => {
        const row = await tx.get('SELECT id FROM users WHERE name = ?', [name]);
        if (!row) return false;
        await tx.run('UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?', [passwordHash, row['id']!]);
        await tx.run('DELETE FROM sessions WHERE user_id = ?', [row['id']!]);
        return true;
      });
    },
  };
}

export type UserStore = ReturnType<typeof createUserStore>;
