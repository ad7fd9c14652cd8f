/**
 * The login guard's rules, the same in this process's memory (SQLite) and in the PostgreSQL
 * database (every process at once): what locks a pair, what slows an account down, what each
 * forgets, and that names are one account whatever their case. On PostgreSQL also what is stored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLoginGuard, FAILURE_MEMORY_MS, MAX_DELAY_MS, PAIR_LOCK_ATTEMPTS, PAIR_LOCK_MS, type LoginGuard } from '../../../src/server/auth/login-guard';
import { createSharedLoginGuard } from '../../../src/server/auth/shared-login-guard';
import { createClientKeys } from '../../../src/server/limits/client-keys';
import { memoryLimitsKey } from '../../../src/server/limits/limits-key';
import type { Db } from '../../../src/server/db/types';
import { openDb } from '../../../src/server/store';
import { describeOnPostgres, type CreatedDatabase } from '../../support/databases';

const SECRET = Buffer.from('a-secret-every-process-shares-0123456789abcdef');
/** Client keys as the server makes them: hashed addresses. */
const keys = createClientKeys(memoryLimitsKey());
const OFFICE = keys.login('198.51.100.20');
const GUESSER = keys.login('203.0.113.7');

/** The rules every guard keeps, on a clock the test moves; `make` gives a guard on that clock. */
function guardRules(make: (now: () => number) => LoginGuard | Promise<LoginGuard>) {
  let now = 0;
  let guard: LoginGuard;
  beforeEach(async () => {
    now = Date.UTC(2026, 10, 25, 9);
    guard = await make(() => now);
  });
  const fail = async (times: number, account: string, client: (i: number) => string) => {
    for (let i = 0; i < times; i++) await guard.failed(account, client(i));
  };

  it('locks the address out of the account at the 5th wrong password, for 15 minutes, and not other addresses', async () => {
    await fail(PAIR_LOCK_ATTEMPTS - 1, 'aigerim', () => GUESSER);
    expect((await guard.check('aigerim', GUESSER)).locked).toBe(false);
    await guard.failed('aigerim', GUESSER);
    expect((await guard.check('aigerim', GUESSER)).locked).toBe(true);
    expect((await guard.check('aigerim', OFFICE)).locked).toBe(false);
    expect((await guard.check('bolat', GUESSER)).locked).toBe(false);
    now += PAIR_LOCK_MS - 1;
    expect((await guard.check('aigerim', GUESSER)).locked).toBe(true);
    now += 1;
    expect((await guard.check('aigerim', GUESSER)).locked).toBe(false);
  });

  it('takes a name as one account whatever its case', async () => {
    await fail(PAIR_LOCK_ATTEMPTS, 'Aigerim', () => GUESSER);
    expect((await guard.check('AIGERIM', GUESSER)).locked).toBe(true);
  });

  it('starts a pair’s run again after a success, or after 15 minutes without a failure', async () => {
    await fail(PAIR_LOCK_ATTEMPTS - 1, 'aigerim', () => OFFICE);
    await guard.succeeded('aigerim', OFFICE);
    await guard.failed('aigerim', OFFICE);
    expect((await guard.check('aigerim', OFFICE)).locked).toBe(false);

    await fail(PAIR_LOCK_ATTEMPTS - 1, 'bolat', () => OFFICE);
    now += PAIR_LOCK_MS;
    await guard.failed('bolat', OFFICE);
    expect((await guard.check('bolat', OFFICE)).locked).toBe(false);
  });

  it('slows an account down after 5 wrong passwords from anywhere, doubling up to 10 s, and forgets them after 15 minutes', async () => {
    const delays: number[] = [];
    for (let i = 0; i < 10; i++) {
      delays.push((await guard.check('aigerim', OFFICE)).delayMs);
      await guard.failed('Aigerim', `client-${i}`);
    }
    expect(delays).toEqual([0, 0, 0, 0, 0, 1000, 2000, 4000, 8000, MAX_DELAY_MS]);
    expect((await guard.check('aigerim', OFFICE)).locked).toBe(false);
    now += FAILURE_MEMORY_MS - 1;
    expect((await guard.check('aigerim', OFFICE)).delayMs).toBe(MAX_DELAY_MS);
    now += 1;
    expect(await guard.check('aigerim', OFFICE)).toEqual({ locked: false, delayMs: 0 });
  });
}

describe('the login guard in memory', () => {
  guardRules((now) => createLoginGuard(now));
});

describeOnPostgres('the login guard in the database', (testDatabase) => {
  let database: CreatedDatabase;
  const dbs: Db[] = [];
  const open = async () => {
    const db = await openDb(database.location);
    dbs.push(db);
    return db;
  };
  beforeEach(async () => {
    database = await testDatabase.create();
  });
  afterEach(async () => {
    await Promise.all(dbs.splice(0).map((db) => db.close()));
    await database.cleanup();
  });

  guardRules(async (now) => createSharedLoginGuard(await open(), SECRET, now));

  it('is one guard for every process on the database, and outlives them', async () => {
    const now = () => Date.UTC(2026, 10, 25, 9);
    const one = createSharedLoginGuard(await open(), SECRET, now);
    const other = createSharedLoginGuard(await open(), SECRET, now);
    for (let i = 0; i < PAIR_LOCK_ATTEMPTS; i++) await (i % 2 ? one : other).failed('aigerim', GUESSER);
    expect((await one.check('aigerim', GUESSER)).locked).toBe(true);
    expect((await other.check('aigerim', GUESSER)).locked).toBe(true);

    await Promise.all(dbs.splice(0).map((db) => db.close()));
    const restarted = createSharedLoginGuard(await open(), SECRET, now);
    expect(await restarted.check('aigerim', GUESSER)).toEqual({ locked: true, delayMs: 1000 });
  });

  it('stores neither the address nor the name typed, and deletes its rows once they count no more', async () => {
    let at = Date.UTC(2026, 10, 25, 9);
    const db = await open();
    const guard = createSharedLoginGuard(db, SECRET, () => at);
    const typedAsName = 'correct horse battery';
    for (let i = 0; i < PAIR_LOCK_ATTEMPTS; i++) await guard.failed(typedAsName, GUESSER);
    await guard.failed('aigerim', OFFICE);
    const held = (await database.held()).toString();
    expect(held).not.toContain(typedAsName);
    expect(held).not.toContain('aigerim');
    expect(held).not.toContain('203.0.113.7');
    expect(Number((await db.get('SELECT COUNT(*) AS n FROM login_failures'))?.['n'])).toBe(PAIR_LOCK_ATTEMPTS + 1);

    const rows = async () => Number((await db.get('SELECT (SELECT COUNT(*) FROM login_failures) + (SELECT COUNT(*) FROM login_pairs) AS n'))?.['n']);
    // A check sweeps, at most once a minute: the lock has 1 ms to run, the failures are remembered.
    at += PAIR_LOCK_MS - 1;
    await guard.check('nobody', OFFICE);
    expect(await rows()).toBe(PAIR_LOCK_ATTEMPTS + 1 + 2);
    at += 60_000;
    await guard.check('nobody', OFFICE);
    expect(await rows()).toBe(0);
  });
});
