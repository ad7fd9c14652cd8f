/**
 * What stands between a guesser and a moderator's password, without letting the guesser lock
 * the moderator out:
 * - one address that gets one account's password wrong 5 times is refused on that account for
 *   15 minutes: the lock is on the pair, so the moderator still signs in from the office;
 * - every account answers more slowly the more wrong passwords it got lately, from anywhere
 *   (1 s after the 5th, doubling up to 10 s): many addresses together cannot guess quickly
 *   either, and the right password still gets in, only later.
 * Here the counts live in this process (SQLite: one process), keyed by account name and the
 * hashed client key, never the address itself; they are kept on globalThis so a rebuild picked up
 * by the running server (src/server/live-build.ts) does not wipe them. On PostgreSQL
 * shared-login-guard.ts keeps the same rules in the database, for every process at once.
 */
export const PAIR_LOCK_ATTEMPTS = 5;
export const PAIR_LOCK_MS = 15 * 60_000;
/** Failures an account may have lately before its answers slow down. */
export const DELAY_AFTER = 5;
export const FIRST_DELAY_MS = 1000;
export const MAX_DELAY_MS = 10_000;
/** How long a failure counts towards an account's delay. */
export const FAILURE_MEMORY_MS = 15 * 60_000;

interface PairState {
  failures: number;
  lockedUntil: number;
  lastAt: number;
}

export interface GuardVerdict {
  locked: boolean;
  delayMs: number;
}

/** The guard's answers are promises where its counts live in the database (shared-login-guard.ts). */
export interface LoginGuard {
  /** Whether this client may try this account now, and how long its answer must wait. */
  check(account: string, clientKey: string): GuardVerdict | Promise<GuardVerdict>;
  failed(account: string, clientKey: string): void | Promise<void>;
  succeeded(account: string, clientKey: string): void | Promise<void>;
}

/** The account's answer delay after `failures` wrong passwords in the last 15 minutes. */
export const delayAfter = (failures: number) => (failures < DELAY_AFTER ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - DELAY_AFTER)));

export function createLoginGuard(now: () => number = Date.now): LoginGuard & { check(account: string, clientKey: string): GuardVerdict } {
  const pairs = new Map<string, PairState>();
  const accountFailures = new Map<string, number[]>();
  let nextSweepAt = 0;

  const pairKey = (account: string, clientKey: string) => `${account.toLowerCase()}\n${clientKey}`;
  const recent = (account: string, at: number) => (accountFailures.get(account.toLowerCase()) ?? []).filter((time) => at - time < FAILURE_MEMORY_MS);

  /** Forgets what no longer counts, at most once a minute, so memory follows the last 15 minutes only. */
  function sweep(at: number) {
    if (at < nextSweepAt) return;
    nextSweepAt = at + 60_000;
    for (const [key, pair] of pairs) if (pair.lockedUntil <= at && at - pair.lastAt >= PAIR_LOCK_MS) pairs.delete(key);
    for (const [account, times] of accountFailures) {
      const kept = times.filter((time) => at - time < FAILURE_MEMORY_MS);
      if (kept.length) accountFailures.set(account, kept);
      else accountFailures.delete(account);
    }
  }

  return {
    check(account, clientKey) {
      const at = now();
      sweep(at);
      const pair = pairs.get(pairKey(account, clientKey));
      return { locked: pair !== undefined && pair.lockedUntil > at, delayMs: delayAfter(recent(account, at).length) };
    },
    failed(account, clientKey) {
      const at = now();
      const key = pairKey(account, clientKey);
      const pair = pairs.get(key) ?? { failures: 0, lockedUntil: 0, lastAt: at };
      // A pair whose failures are older than the lock time starts counting again.
      if (at - pair.lastAt >= PAIR_LOCK_MS) pair.failures = 0;
      pair.failures += 1;
      pair.lastAt = at;
      if (pair.failures >= PAIR_LOCK_ATTEMPTS) {
        pair.failures = 0;
        pair.lockedUntil = at + PAIR_LOCK_MS;
      }
      pairs.set(key, pair);
      const times = recent(account, at);
      times.push(at);
      accountFailures.set(account.toLowerCase(), times);
    },
    succeeded(account, clientKey) {
      pairs.delete(pairKey(account, clientKey));
    },
  };
}

const SHARED = Symbol.for('zanbala.loginGuard');

/** The guard of this process, shared by every build it has loaded. */
export function processLoginGuard(): LoginGuard {
  const holder = globalThis as { [SHARED]?: LoginGuard };
  return (holder[SHARED] ??= createLoginGuard());
}
