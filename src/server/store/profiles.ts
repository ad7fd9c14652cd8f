/**
 * What a staff member sets on their profile page: duty hours and the e-mail address alerts go
 * to. An address counts only once its owner opened the link sent to it; the link's token is kept
 * as a SHA-256 hash with its expiry, so the database alone cannot confirm anything.
 */
import { parseDuty, type Duty } from '../../lib/duty.ts';
import type { Db, Row } from '../db/types.ts';

export interface Profile {
  userId: string;
  name: string;
  email: string | undefined;
  /** When the address was confirmed; undefined while a link waits to be opened. */
  emailConfirmedAt: Date | undefined;
  duty: Duty;
}

/** A moderator who would get an alert of a region now, if on duty. */
export interface AlertRecipient extends Profile {
  regions: string[];
}

const toProfile = (row: Row): AlertRecipient => ({
  userId: String(row['id']),
  name: String(row['name']),
  email: row['email'] === null ? undefined : String(row['email']),
  emailConfirmedAt: row['email_confirmed_at'] ? new Date(String(row['email_confirmed_at'])) : undefined,
  duty: parseDuty(row['duty'] === null ? undefined : String(row['duty'])),
  regions: String(row['regions']).split(',').filter(Boolean),
});

const COLUMNS = 'id, name, regions, email, email_confirmed_at, duty';

export function createProfiles(db: Db) {
  return {
    /** The profile of an active account; undefined once it is disabled, so no alert reaches it. */
    async of(userId: string): Promise<Profile | undefined> {
      const row = await db.get(`SELECT ${COLUMNS} FROM users WHERE id = ? AND disabled = 0`, [userId]);
      return row ? toProfile(row) : undefined;
    },

    async setDuty(userId: string, duty: Duty): Promise<void> {
      await db.run('UPDATE users SET duty = ? WHERE id = ?', [JSON.stringify(duty), userId]);
    },

    /** A new address, unconfirmed until the link with the token of `tokenHash` is opened before `expiresAt`. */
    async setEmail(userId: string, email: string, tokenHash: string, expiresAt: Date): Promise<void> {
      await db.run('UPDATE users SET email = ?, email_confirmed_at = NULL, email_token_hash = ?, email_token_expires_at = ? WHERE id = ?', [
        email,
        tokenHash,
        expiresAt.toISOString(),
        userId,
      ]);
    },

    /** Confirms the address of `userId` when its link carries the token of `tokenHash` and has not expired. */
    async confirmEmail(tokenHash: string, userId: string, at: Date): Promise<boolean> {
      const changed = await db.run(
        `UPDATE users SET email_confirmed_at = ?, email_token_hash = NULL, email_token_expires_at = NULL
         WHERE id = ? AND email_token_hash = ? AND email_token_expires_at >= ?`,
        [at.toISOString(), userId, tokenHash, at.toISOString()],
      );
      return changed === 1;
    },

    /** Active moderators of `region` with their duty hours and addresses: those an alert may go to. */
    async moderatorsOf(region: string): Promise<AlertRecipient[]> {
      const rows = await db.all(`SELECT ${COLUMNS} FROM users WHERE role = 'moderator' AND disabled = 0 ORDER BY name`);
      return rows.map(toProfile).filter((profile) => profile.regions.includes(region));
    },
  };
}

export type Profiles = ReturnType<typeof createProfiles>;
