/**
 * The login guard of login-guard.ts (the same rules and figures) kept in the PostgreSQL database
 * too: failures counted by one server process lock the address out on every other, and
 * a restart forgets nothing, so N processes do not give a guesser N times the tries.
 *
 * Two tables (store/migrations.ts, step 7): `login_failures`, one row per wrong password with its
 * account and time, for the account's slowdown; `login_pairs`, one row per account and client,
 * with its run of failures and its lock. The client is the login key services.ts gives it (an HMAC
 * of the address under the limits key, src/server/limits/limits-key.ts, which is in no database
 * and no backup); the account is an HMAC of the
 * lower-cased name under a key derived from CASE_CODE_SECRET, so neither an address nor whatever
 * was typed as a name (a password, at times) is stored. A row is deleted 15 minutes after it stops
 * counting.
 *
 * A database fault is thrown as `DatabaseUnavailable` (the login page answers 503): unlike the rate
 * limits, no process falls back to counting alone, which would let the guesses through N times.
 */
import type { Db } from '../db/types.ts';
import { sharedKey } from '../shared-rate-limit.ts';
import { delayAfter, FAILURE_MEMORY_MS, PAIR_LOCK_ATTEMPTS, PAIR_LOCK_MS, type LoginGuard } from './login-guard.ts';

const SWEEP_EVERY_MS = 60_000;

const CHECK = `SELECT
    (SELECT locked_until FROM login_pairs WHERE key = ?::text) AS locked_until,
    (SELECT COUNT(*) FROM login_failures WHERE account = ?::text AND at > ?::bigint) AS failures`;

/** The pair's run of failures with this one; a run whose last failure is older than the lock time starts again. */
const RUN = `CASE WHEN EXCLUDED.last_at - pair.last_at >= ${PAIR_LOCK_MS} THEN 1 ELSE pair.failures + 1 END`;

/** Notes one failure for the account and, in the same statement, raises the pair's run, locking it at the 5th. */
const FAILED = `WITH failure AS (
    INSERT INTO login_failures (account, at) VALUES (?::text, ?::bigint)
  )
  INSERT INTO login_pairs AS pair (key, failures, last_at, locked_until) VALUES (?::text, 1, ?::bigint, 0)
  ON CONFLICT (key) DO UPDATE SET
    failures = CASE WHEN ${RUN} >= ${PAIR_LOCK_ATTEMPTS} THEN 0 ELSE ${RUN} END,
    locked_until = CASE WHEN ${RUN} >= ${PAIR_LOCK_ATTEMPTS} THEN EXCLUDED.last_at + ${PAIR_LOCK_MS} ELSE pair.locked_until END,
    last_at = EXCLUDED.last_at`;

/** Rows that count no more: failures past the account's memory, pairs neither locked nor in a run. */
const SWEEP = `WITH failures AS (
    DELETE FROM login_failures WHERE at <= ?::bigint
  )
  DELETE FROM login_pairs WHERE last_at <= ?::bigint AND locked_until <= ?::bigint`;

/** The key an account is known by in the database: its lower-cased name hashed under `secret`. */
export const sharedAccountKey = (secret: Buffer, account: string): string => sharedKey(secret, 'login-account', account.toLowerCase());

/**
 * The login guard counted in `db` (PostgreSQL), for every process on it. `secret` is the
 * case-code key (CASE_CODE_SECRET), for account names; client keys come hashed already.
 */
export function createSharedLoginGuard(db: Db, secret: Buffer, now: () => number = Date.now): LoginGuard {
  let nextSweepAt = 0;

  /** Deletes what counts no more, at most once a minute: one more statement for one login a minute. */
  async function sweep(at: number) {
    if (at < nextSweepAt) return;
    nextSweepAt = at + SWEEP_EVERY_MS;
    await db.run(SWEEP, [at - FAILURE_MEMORY_MS, at - PAIR_LOCK_MS, at]).catch(() => {
      // The check before it answered, so this login goes on; old rows wait for the next sweep.
    });
  }

  const pairKey = (account: string, clientKey: string) => `${account}\n${clientKey}`;

  return {
    async check(name, clientKey) {
      const at = now();
      const account = sharedAccountKey(secret, name);
      const row = await db.get<{ locked_until: number | null; failures: number }>(CHECK, [pairKey(account, clientKey), account, at - FAILURE_MEMORY_MS]);
      await sweep(at);
      return { locked: Number(row?.locked_until ?? 0) > at, delayMs: delayAfter(Number(row?.failures ?? 0)) };
    },
    async failed(name, clientKey) {
      const at = now();
      const account = sharedAccountKey(secret, name);
      await db.run(FAILED, [account, at, pairKey(account, clientKey), at]);
    },
    async succeeded(name, clientKey) {
      await db.run('DELETE FROM login_pairs WHERE key = ?', [pairKey(sharedAccountKey(secret, name), clientKey)]);
    },
  };
}
