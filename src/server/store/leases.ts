/**
 * Leases: one process of several on one database does a job (sending alerts), and another takes
 * it over within a lease's length when that one stops. A lease is a row with its holder and
 * expiry; taking and renewing are one conditional statement each, so two processes never both
 * hold it, on SQLite or PostgreSQL alike.
 */
import type { Db } from '../db/types.ts';

export function createLeases(db: Db) {
  return {
    /** Takes or renews `name` for `holder` until `now + ms`; true when `holder` holds it now. */
    async hold(name: string, holder: string, now: Date, ms: number): Promise<boolean> {
      const until = new Date(now.getTime() + ms).toISOString();
      await db.run('INSERT INTO worker_leases (name, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING', [
        name,
        '',
        new Date(0).toISOString(),
      ]);
      const taken = await db.run('UPDATE worker_leases SET holder = ?, expires_at = ? WHERE name = ? AND (holder = ? OR expires_at < ?)', [
        holder,
        until,
        name,
        holder,
        now.toISOString(),
      ]);
      return taken === 1;
    },

    /** Gives the lease up, so another process need not wait for it to expire. */
    async release(name: string, holder: string): Promise<void> {
      await db.run("UPDATE worker_leases SET holder = '', expires_at = ? WHERE name = ? AND holder = ?", [new Date(0).toISOString(), name, holder]);
    },
  };
}

export type Leases = ReturnType<typeof createLeases>;
