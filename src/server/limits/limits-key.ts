/**
 * The key client addresses are hashed under for the rate limits, the login guard and the proofs
 * of work (docs/operations.md, "Secrets"). It is kept out of the database and out of backups on
 * purpose: with the rows of `rate_limit_counts` or `login_pairs` from a backup and every secret a
 * backup holds, the hashed keys still cannot be tried against the address space.
 *
 * It lives in `data/limits.key` (`LIMITS_KEY_FILE` elsewhere), readable by the server's user only,
 * and is replaced every day at 03:00 in Almaty by a one-way step: tomorrow's key is an HMAC of
 * today's, and the file then holds only the new one. Every process that reads the same file (or a
 * copy of it made once: the steps are the same everywhere) agrees on the key of the day, and
 * nobody who finds today's key can compute yesterday's. A lost file costs nothing but the counts
 * in progress: a new key is made. Imported by plain Node (type stripping).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const DAY_MS = 86_400_000;
/** 22:00 UTC is 03:00 in Almaty (UTC+5), the quietest hour of the night. */
const ROTATES_AT_UTC_MS = 22 * 3_600_000;

/** The number of the key's day at `at`: it changes at 03:00 in Almaty. */
export const keyDayOf = (at: number) => Math.floor((at - ROTATES_AT_UTC_MS) / DAY_MS);

/** The next day's key: one-way, so today's key tells nothing of yesterday's. */
export const nextKey = (key: Buffer): Buffer => createHmac('sha256', key).update('zanbala limits key: next day').digest();

function parseKeyFile(text: string): { day: number; key: Buffer } | undefined {
  const match = /^(\d+) ([0-9a-f]{64})\s*$/.exec(text);
  return match ? { day: Number(match[1]), key: Buffer.from(match[2]!, 'hex') } : undefined;
}

const keyFileText = (day: number, key: Buffer) => `${day} ${key.toString('hex')}\n`;

/** Writes the file whole or not at all, so another process never reads half of it. */
function replaceFile(path: string, text: string) {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temporary, text, { mode: 0o600 });
  renameSync(temporary, path);
}

function readKeyFile(path: string, today: number): { day: number; key: Buffer } {
  mkdirSync(dirname(path), { recursive: true });
  try {
    // `wx` fails when the file exists, so processes starting at once keep the first key.
    writeFileSync(path, keyFileText(today, randomBytes(32)), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stored = parseKeyFile(readFileSync(path, 'utf8'));
  if (stored) return stored;
  // A damaged file holds nothing worth keeping: the counts start afresh under a new key.
  const fresh = { day: today, key: randomBytes(32) };
  replaceFile(path, keyFileText(fresh.day, fresh.key));
  return fresh;
}

export interface LimitsKey {
  /** The key of the day at `at`. */
  current(at?: number): Buffer;
}

/** The key kept in `path`, stepped forward (and the file rewritten) as days pass. */
export function fileLimitsKey(path: string, now: () => number = Date.now): LimitsKey {
  let held: { day: number; key: Buffer } | undefined;
  return {
    current(at = now()) {
      const today = keyDayOf(at);
      if (held && held.day >= today) return held.key;
      let { day, key } = readKeyFile(path, today);
      // A file ahead of this clock (another machine's) wins: agreeing matters more than the hour.
      if (day < today) {
        for (; day < today; day++) key = nextKey(key);
        replaceFile(path, keyFileText(day, key));
      }
      held = { day, key };
      return key;
    },
  };
}

/** A key in memory only, for tests and tools that share nothing: random, and stepped daily like the file's. */
export function memoryLimitsKey(now: () => number = Date.now): LimitsKey {
  let held: { day: number; key: Buffer } = { day: keyDayOf(now()), key: randomBytes(32) };
  return {
    current(at = now()) {
      const today = keyDayOf(at);
      while (held.day < today) held = { day: held.day + 1, key: nextKey(held.key) };
      return held.key;
    },
  };
}
