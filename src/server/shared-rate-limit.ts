/**
 * The counts of src/server/rate-limit.ts kept in the PostgreSQL database, so that every server
 * process on it enforces one limit together instead of each its own. A counter is one row per
 * limit, hashed client key and fixed window, raised by one atomic upsert; a spent proof of work is
 * a row until its challenge expires; rows are deleted once their time is over.
 *
 * The client key is an HMAC of the client's address (IPv4) or /64 (IPv6) under the limits key of
 * the day (limits/limits-key.ts), which is in no database and no backup: a row of this table
 * cannot be tried against the address space, and lives an hour at most.
 *
 * When the database does not answer, each process falls back to counting in its own memory
 * (as on SQLite) until it answers again: a database fault never turns into a 500 or into no limit
 * at all, at the price of N processes allowing N times the limit meanwhile.
 */
import { createHmac } from 'node:crypto';
import type { Db } from './db/types.ts';
import { LIMITS, windowOf, type Counters } from './rate-limit.ts';

const SWEEP_EVERY_MS = 60_000;
const FAULT_LOG_EVERY_MS = 60_000;

/** Raises the client's counter and reads the overall one, in one round trip. */
const COUNT = `WITH mine AS (
    INSERT INTO rate_limit_counts (key, window_ends_at, count) VALUES (?::text, ?::bigint, 1)
    ON CONFLICT (key) DO UPDATE SET count = rate_limit_counts.count + 1
    RETURNING count
  )
  SELECT mine.count AS mine, (SELECT count FROM rate_limit_counts WHERE key = ?::text) AS everyone FROM mine`;

const ADMIT = `INSERT INTO rate_limit_counts (key, window_ends_at, count) VALUES (?::text, ?::bigint, 1)
  ON CONFLICT (key) DO UPDATE SET count = rate_limit_counts.count + 1`;

const SPEND = `INSERT INTO rate_limit_counts (key, window_ends_at, count) VALUES (?::text, ?::bigint, 1)
  ON CONFLICT (key) DO NOTHING RETURNING count`;

/**
 * `value` hashed under a key derived from `secret` for `purpose`: the same in every process that
 * shares the secret, and never turned back into the value without it.
 */
export function sharedKey(secret: Buffer, purpose: string, value: string): string {
  const purposeKey = createHmac('sha256', secret).update(purpose).digest();
  return createHmac('sha256', purposeKey).update(value).digest('base64url');
}

/** Counts shared through `db` (PostgreSQL); `fallback` counts in this process while the database fails. */
export function createSharedCounters(db: Db, fallback: Counters, log: (line: string) => void = console.error): Counters {
  let nextSweepAt = 0;
  let nextFaultLogAt = 0;

  function sweep(at: number) {
    if (at < nextSweepAt) return;
    nextSweepAt = at + SWEEP_EVERY_MS;
    db.run('DELETE FROM rate_limit_counts WHERE window_ends_at <= ?', [at]).catch(() => {
      // The next count that fails says so; old rows only wait for the next sweep.
    });
  }

  /** Runs `shared`, or `alone` in this process while the database fails. */
  async function orAlone<T>(at: number, shared: () => Promise<T>, alone: () => Promise<T>): Promise<T> {
    try {
      return await shared();
    } catch (error) {
      if (at >= nextFaultLogAt) {
        nextFaultLogAt = at + FAULT_LOG_EVERY_MS;
        log(`Rate limits are counted by each process alone while the database fails: ${error instanceof Error ? error.message : error}`);
      }
      return alone();
    }
  }

  return {
    count: (action, clientKey, at) =>
      orAlone(
        at,
        async () => {
          const { perClient, overall } = LIMITS[action];
          const mine = windowOf(perClient, at);
          const all = windowOf(overall, at);
          const row = await db.get<{ mine: number; everyone: number | null }>(COUNT, [
            `${action}\n${clientKey}\n${mine.index}`,
            mine.endsAt,
            `${action}\n*\n${all.index}`,
          ]);
          sweep(at);
          return { mine: { count: Number(row?.mine), endsAt: mine.endsAt }, everyone: { count: Number(row?.everyone ?? 0), endsAt: all.endsAt } };
        },
        () => fallback.count(action, clientKey, at),
      ),
    admit: (action, at) =>
      orAlone(
        at,
        async () => {
          const all = windowOf(LIMITS[action].overall, at);
          await db.run(ADMIT, [`${action}\n*\n${all.index}`, all.endsAt]);
        },
        () => fallback.admit(action, at),
      ),
    spend: (id, expiresAt, at) =>
      orAlone(
        at,
        async () => (await db.get(SPEND, [`proof\n${id}`, expiresAt])) !== undefined,
        () => fallback.spend(id, expiresAt, at),
      ),
  };
}
