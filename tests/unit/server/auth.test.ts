/** Signing in: the login guard, sessions and their idle and absolute expiry, with a clock the test moves. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuth, hashSessionId, SESSION_IDLE_MS, SESSION_LIFETIME_MS } from '../../../src/server/auth/sessions';
import { createLoginGuard, MAX_DELAY_MS, PAIR_LOCK_MS, type LoginGuard } from '../../../src/server/auth/login-guard';
import { describeEachDatabase } from '../../support/databases';
import { addUser, PASSWORD, useOffice } from '../../support/office';

/** Client keys as the rate limits make them (hashed addresses). */
const OFFICE = 'office-key';
const GUESSER = 'guesser-key';

// An unknown name still costs a full scrypt (the decoy), which a loaded machine makes slow.
vi.setConfig({ testTimeout: 30_000 });

describeEachDatabase('signing in', (database) => {
  const office = useOffice(database);
  let now = new Date('2026-11-25T09:00:00Z');
  const clock = () => now;
  const later = (ms: number) => (now = new Date(now.getTime() + ms));
  let guard: LoginGuard;
  /** Each wait the guard asked for; the clock moves by it instead of the test sleeping. */
  let waits: number[];
  const wait = async (ms: number) => {
    waits.push(ms);
    later(ms);
  };
  beforeEach(() => {
    guard = createLoginGuard(() => now.getTime());
    waits = [];
  });
  const auth = () => createAuth(office().users, office().sessions, clock, guard, wait);

  it('lets the right password in and gives a session stored only as a hash', async () => {
    now = new Date('2026-11-25T09:00:00Z');
    await addUser(office(), 'aigerim', 'moderator', ['astana']);
    const result = await auth().login('aigerim', PASSWORD, 'kk', OFFICE);
    expect(result).toBeDefined();
    expect(await office().sessions.find(result!.token)).toBeUndefined();
    expect((await office().sessions.find(hashSessionId(result!.token)))?.lang).toBe('kk');
    expect((await auth().resume(result!.token))?.user.name).toBe('aigerim');
  });

  it('gives a new session id at every login', async () => {
    await addUser(office(), 'aigerim', 'moderator', ['astana']);
    const first = await auth().login('aigerim', PASSWORD, 'ru', OFFICE);
    const second = await auth().login('aigerim', PASSWORD, 'ru', OFFICE);
    expect(first!.token).not.toBe(second!.token);
    expect(first!.signedIn.session.csrfToken).not.toBe(second!.signedIn.session.csrfToken);
  });

  it('answers the same for an unknown name, a wrong password and a disabled account', async () => {
    await addUser(office(), 'aigerim', 'moderator', ['astana']);
    await addUser(office(), 'gone', 'admin');
    await office().users.disable('gone');
    expect(await auth().login('nobody', PASSWORD, 'ru', OFFICE)).toBeUndefined();
    expect(await auth().login('aigerim', 'wrong password', 'ru', OFFICE)).toBeUndefined();
    expect(await auth().login('gone', PASSWORD, 'ru', OFFICE)).toBeUndefined();
  });

  it('locks one address out of an account for 15 minutes after 5 wrong passwords from it, even against the right one', async () => {
    now = new Date('2026-11-25T09:00:00Z');
    await addUser(office(), 'aigerim', 'moderator', ['astana']);
    for (let attempt = 0; attempt < 5; attempt++) expect(await auth().login('aigerim', 'wrong password', 'ru', GUESSER)).toBeUndefined();
    expect(await auth().login('aigerim', PASSWORD, 'ru', GUESSER)).toBeUndefined();
    later(PAIR_LOCK_MS - 1000 - waits.reduce((sum, ms) => sum + ms, 0));
    expect(await auth().login('aigerim', PASSWORD, 'ru', GUESSER)).toBeUndefined();
    later(PAIR_LOCK_MS);
    expect(await auth().login('aigerim', PASSWORD, 'ru', GUESSER)).toBeDefined();
  });

  it('lets the moderator in from another address while a guesser is locked out', async () => {
    await addUser(office(), 'aigerim', 'moderator', ['astana']);
    for (let attempt = 0; attempt < 5; attempt++) await auth().login('aigerim', 'wrong password', 'ru', GUESSER);
    expect(await auth().login('aigerim', PASSWORD, 'ru', OFFICE)).toBeDefined();
  });

  it('answers an account more slowly after many wrong passwords from anywhere, doubling up to 10 s, and the right one still gets in', async () => {
    await addUser(office(), 'aigerim', 'moderator', ['astana']);
    for (let attempt = 0; attempt < 9; attempt++) await auth().login('aigerim', 'wrong password', 'ru', `guesser-${attempt}`);
    expect(waits).toEqual([0, 0, 0, 0, 0, 1000, 2000, 4000, 8000].filter(Boolean));
    expect(await auth().login('aigerim', PASSWORD, 'ru', OFFICE)).toBeDefined();
    expect(waits.at(-1)).toBe(MAX_DELAY_MS);
  });

  it('does not lock after 4 wrong passwords, and a success starts the count again', async () => {
    await addUser(office(), 'aigerim', 'moderator', ['astana']);
    for (let attempt = 0; attempt < 4; attempt++) await auth().login('aigerim', 'wrong password', 'ru', OFFICE);
    expect(await auth().login('aigerim', PASSWORD, 'ru', OFFICE)).toBeDefined();
    for (let attempt = 0; attempt < 4; attempt++) await auth().login('aigerim', 'wrong password', 'ru', OFFICE);
    expect(await auth().login('aigerim', PASSWORD, 'ru', OFFICE)).toBeDefined();
  });

  it('ends a session after 8 hours without a request, and not before', async () => {
    now = new Date('2026-11-25T09:00:00Z');
    await addUser(office(), 'aigerim', 'moderator', ['astana']);
    const { token } = (await auth().login('aigerim', PASSWORD, 'ru', OFFICE))!;
    later(SESSION_IDLE_MS - 60_000);
    expect(await auth().resume(token)).toBeDefined();
    later(SESSION_IDLE_MS + 1000);
    expect(await auth().resume(token)).toBeUndefined();
    expect(await office().sessions.find(hashSessionId(token))).toBeUndefined();
  });

  it('ends a session 12 hours after its login however busy, and sweeps it away', async () => {
    now = new Date('2026-11-25T09:00:00Z');
    await addUser(office(), 'aigerim', 'moderator', ['astana']);
    const { token } = (await auth().login('aigerim', PASSWORD, 'ru', OFFICE))!;
    const other = (await auth().login('aigerim', PASSWORD, 'ru', OFFICE))!.token;
    // A request every hour keeps it from going idle, but not alive for ever.
    for (let hour = 1; hour <= 11; hour++) {
      later(3_600_000);
      expect(await auth().resume(token), `hour ${hour}`).toBeDefined();
    }
    later(SESSION_LIFETIME_MS - 11 * 3_600_000 + 1000);
    expect(await auth().resume(token)).toBeUndefined();
    expect(await office().sessions.find(hashSessionId(token))).toBeUndefined();
    expect(await auth().sweep()).toBe(1);
    expect(await office().sessions.find(hashSessionId(other))).toBeUndefined();
  });

  it('ends the session at logout, when the account is disabled, and when its password is reset', async () => {
    await addUser(office(), 'aigerim', 'moderator', ['astana']);
    const a = (await auth().login('aigerim', PASSWORD, 'ru', OFFICE))!.token;
    await auth().logout(a);
    expect(await auth().resume(a)).toBeUndefined();
    const b = (await auth().login('aigerim', PASSWORD, 'ru', OFFICE))!.token;
    await office().users.setPassword('aigerim', 'scrypt$1$1$1$AA$AA');
    expect(await auth().resume(b)).toBeUndefined();
    await addUser(office(), 'bolat', 'admin');
    const c = (await auth().login('bolat', PASSWORD, 'ru', OFFICE))!.token;
    await office().users.disable('bolat');
    expect(await auth().resume(c)).toBeUndefined();
  });

  it('refuses a made-up or missing token', async () => {
    expect(await auth().resume(undefined)).toBeUndefined();
    expect(await auth().resume('x'.repeat(43))).toBeUndefined();
  });
});

describe('the lockout figures of docs/inbox.md', () => {
  it('are 15 minutes, 8 hours idle and 12 hours in all', () => {
    expect(PAIR_LOCK_MS).toBe(15 * 60_000);
    expect(SESSION_IDLE_MS).toBe(8 * 3_600_000);
    expect(SESSION_LIFETIME_MS).toBe(12 * 3_600_000);
  });
});

describeEachDatabase('staff accounts', (database) => {
  const office = useOffice(database);

  it('are added once: the same name added twice at once makes one account, and the other add says so', async () => {
    const user = { name: 'dana', role: 'moderator' as const, regions: ['abai'], passwordHash: 'x' };
    const results = await Promise.all([office().users.add(user, new Date()), office().users.add(user, new Date())]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await office().users.list()).filter((staff) => staff.name === 'dana')).toHaveLength(1);
  });
});
