/**
 * The limits of src/server/rate-limit.ts (`LIMITS`: per client, overall, `reserved`) counted in
 * the PostgreSQL database, so that every server process on it enforces one limit together
 * instead of each its own. A counter is one row per limit, hashed client key and fixed
 * window, raised by one atomic upsert; rows are deleted once their window is over.
 *
 * The client key is still an HMAC of the address under a key that changes every day, now derived
 * from CASE_CODE_SECRET, which every process on one PostgreSQL database already shares: the
 * address is never stored, and a row lives at most one window (an hour at most).
 *
 * When the database does not answer, each process falls back to counting in its own memory
 * (as on SQLite) until it answers again: a database fault never turns into a 500 or into no limit
 * at all, at the price of N processes allowing N times the limit meanwhile.
 */
import { createHmac } from 'node:crypto';
import type { Db } from './db/types.ts';
import { LIMITS, type LimitedAction, type Limit, type ProcessLimits, type Verdict } from './rate-limit.ts';

const DAY_MS = 86_400_000;
const SWEEP_EVERY_MS = 60_000;
const FAULT_LOG_EVERY_MS = 60_000;

/**
 * Raises the client's counter, and the overall one only when the client is within its own limit
 * (a refused client must not use up everyone's ceiling); answers both counts in one round trip.
 */
const TAKE = `WITH mine AS (
    INSERT INTO rate_limit_counts (key, window_ends_at, count) VALUES (?::text, ?::bigint, 1)
    ON CONFLICT (key) DO UPDATE SET count = rate_limit_counts.count + 1
    RETURNING count
  ), everyone AS (
    INSERT INTO rate_limit_counts (key, window_ends_at, count)
    SELECT ?::text, ?::bigint, 1 FROM mine WHERE mine.count <= ?::integer
    ON CONFLICT (key) DO UPDATE SET count = rate_limit_counts.count + 1
    RETURNING count
  )
  SELECT mine.count AS mine, (SELECT count FROM everyone) AS everyone FROM mine`;

/** The fixed window `at` falls in: its number and when it ends. */
function windowOf(limit: Limit, at: number) {
  const index = Math.floor(at / limit.windowMs);
  return { index, endsAt: (index + 1) * limit.windowMs };
}

const refused = (endsAt: number, at: number): Verdict => ({ allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - at) / 1000)) });

/**
 * `value` hashed under a key derived from `secret` for `purpose`: the same in every process that
 * shares the secret, and never turned back into the value without it.
 */
export function sharedKey(secret: Buffer, purpose: string, value: string): string {
  const purposeKey = createHmac('sha256', secret).update(purpose).digest();
  return createHmac('sha256', purposeKey).update(value).digest('base64url');
}

/** The client key for `address` on day `day`, under a daily key derived from `secret`. */
export const sharedClientKey = (secret: Buffer, address: string, day: number): string => sharedKey(secret, `rate-limit\n${day}`, address);

/**
 * Limits shared through `db` (PostgreSQL); `fallback` counts in this process while the database
 * fails. `secret` is the case-code key (CASE_CODE_SECRET).
 */
export function createSharedLimits(
  db: Db,
  secret: Buffer,
  fallback: ProcessLimits,
  now: () => number = Date.now,
  log: (line: string) => void = console.error,
): ProcessLimits {
  let nextSweepAt = 0;
  let nextFaultLogAt = 0;

  function sweep(at: number) {
    if (at < nextSweepAt) return;
    nextSweepAt = at + SWEEP_EVERY_MS;
    db.run('DELETE FROM rate_limit_counts WHERE window_ends_at <= ?', [at]).catch(() => {
      // The next take() that fails says so; old rows only wait for the next sweep.
    });
  }

  async function take(action: LimitedAction, clientKey: string): Promise<Verdict> {
    const { perClient, overall, reserved } = LIMITS[action];
    const at = now();
    const mineWindow = windowOf(perClient, at);
    const allWindow = windowOf(overall, at);
    const row = await db.get<{ mine: number; everyone: number | null }>(TAKE, [
      `${action}\n${clientKey}\n${mineWindow.index}`,
      mineWindow.endsAt,
      `${action}\n*\n${allWindow.index}`,
      allWindow.endsAt,
      perClient.max,
    ]);
    sweep(at);
    const mine = Number(row?.mine);
    if (mine > perClient.max) return refused(mineWindow.endsAt, at);
    if (mine <= reserved) return { allowed: true, clientCount: mine };
    return Number(row?.everyone) > overall.max ? refused(allWindow.endsAt, at) : { allowed: true, clientCount: mine };
  }

  return {
    clientKey: (address) => sharedClientKey(secret, address ?? 'unknown', Math.floor(now() / DAY_MS)),
    async take(action, clientKey) {
      try {
        return await take(action, clientKey);
      } catch (error) {
        const at = now();
        if (at >= nextFaultLogAt) {
          nextFaultLogAt = at + FAULT_LOG_EVERY_MS;
          log(`Rate limits are counted by each process alone while the database fails: ${error instanceof Error ? error.message : error}`);
        }
        return fallback.take(action, clientKey);
      }
    },
  };
}
