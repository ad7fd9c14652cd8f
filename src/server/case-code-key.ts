/**
 * The server secret that case codes are hashed with. From `CASE_CODE_SECRET` when set; otherwise
 * generated once into the data folder, readable by the server's user only. Losing it makes every
 * open case unreachable, so it is backed up with the store (docs/operations.md).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, type StoreLocation } from './config.ts';

export const KEY_FILE = 'case-code.key';
const MIN_SECRET_LENGTH = 32;

/** The key from the environment, or from (and on first start into) `dir`/case-code.key. */
export function loadCaseCodeKey(dir: string, fromEnv = process.env['CASE_CODE_SECRET']): Buffer {
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_SECRET_LENGTH) {
      throw new Error(`CASE_CODE_SECRET must be at least ${MIN_SECRET_LENGTH} characters (e.g. openssl rand -hex 32)`);
    }
    return Buffer.from(fromEnv, 'utf8');
  }
  const path = join(dir, KEY_FILE);
  mkdirSync(dir, { recursive: true });
  try {
    // `wx` fails when the file exists, so two processes starting at once keep the first key.
    writeFileSync(path, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = readFileSync(path, 'utf8').trim();
  if (key.length < MIN_SECRET_LENGTH) throw new Error(`${path} is damaged: restore it from the backup`);
  return Buffer.from(key, 'utf8');
}

/**
 * The key for the store at `location`. Servers that share a PostgreSQL database must hash case
 * codes with one key, or a case filed through one would not open through another; a key file
 * generated per machine cannot promise that, so PostgreSQL needs `CASE_CODE_SECRET`, and the
 * server refuses to start without it (scripts/start.mjs).
 */
export function caseCodeKeyFor(location: StoreLocation, fromEnv = process.env['CASE_CODE_SECRET']): Buffer {
  if (location.kind === 'postgres' && !fromEnv) {
    throw new Error(
      'DATABASE_URL names PostgreSQL, so set CASE_CODE_SECRET, the same on every server process that uses this database ' +
        '(e.g. openssl rand -hex 32; on moving from SQLite, the contents of data/case-code.key): with another key a process could not open the cases.',
    );
  }
  return loadCaseCodeKey(dataDir(location), fromEnv);
}
