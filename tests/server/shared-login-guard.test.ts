/**
 * On PostgreSQL the inbox's login guard is one guard for every server process on the database
 *: wrong passwords sent to one process lock the address out on the other, a restart
 * forgets nothing, and a database that stops answers 503 without ever letting a login through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficeStores, openDb } from '../../src/server/store';
import type { StoreLocation } from '../../src/server/config';
import { describeOnPostgres, type CreatedDatabase } from '../support/databases';
import { addUser, PASSWORD } from '../support/office';
import { PRIVATE_POSTGRES_SKIP_REASON, startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres';
import { SHARED_CASE_CODE_SECRET, startServer, type RunningServer } from './server';

/** Behind a trusted proxy, as in production: the last X-Forwarded-For entry is the client. */
const BEHIND_PROXY = { TRUST_PROXY: '1' };
const GUESSER = '203.0.113.7';
const OFFICE = '198.51.100.20';

/** Signs in as a browser would, from `address`: 303 to the inbox, 401 refused, 503 database away. */
const signIn = async (server: RunningServer, address: string, username: string, password: string) =>
  (
    await fetch(`${server.origin}/admin/login/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
      body: new URLSearchParams({ username, password }).toString(),
      redirect: 'manual',
    })
  ).status;

async function addModerator(location: StoreLocation, name: string) {
  const office = createOfficeStores(await openDb(location));
  try {
    await addUser(office, name, 'moderator', ['astana']);
  } finally {
    await office.reports.close();
  }
}

describeOnPostgres('two servers on one database signing moderators in', (testDatabase) => {
  let database: CreatedDatabase;
  let one: RunningServer;
  let other: RunningServer;

  beforeAll(async () => {
    database = await testDatabase.create();
    [one, other] = await Promise.all([startServer({ database, env: BEHIND_PROXY }), startServer({ database, env: BEHIND_PROXY })]);
    await addModerator(database.location, 'aigerim');
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), other?.stop()]);
    await database?.cleanup();
  });

  it('lock an address out on one after its wrong passwords on the other, and the lock outlives both processes', async () => {
    for (let attempt = 0; attempt < 5; attempt++) expect(await signIn(one, GUESSER, 'aigerim', `guess-${attempt}`)).toBe(401);
    // The right password, from the locked address, through the process that counted nothing.
    expect(await signIn(other, GUESSER, 'aigerim', PASSWORD)).toBe(401);
    // The moderator, from the office, still gets in.
    expect(await signIn(other, OFFICE, 'aigerim', PASSWORD)).toBe(303);

    await Promise.all([one.stop(), other.stop()]);
    [one, other] = await Promise.all([startServer({ database, env: BEHIND_PROXY }), startServer({ database, env: BEHIND_PROXY })]);
    expect(await signIn(one, GUESSER, 'aigerim', PASSWORD)).toBe(401);
    expect(await signIn(other, GUESSER, 'aigerim', PASSWORD)).toBe(401);
    expect(await signIn(one, OFFICE, 'aigerim', PASSWORD)).toBe(303);
  });

  it('keep neither the address nor what was typed as a name', async () => {
    const typedAsName = 'my-password-typed-in-the-wrong-field';
    expect(await signIn(one, '192.0.2.55', typedAsName, 'whatever')).toBe(401);
    const held = (await database.held()).toString();
    expect(held).not.toContain(typedAsName);
    for (const address of ['192.0.2.55', GUESSER, OFFICE]) expect(held).not.toContain(address);
  });
});

describe.skipIf(PRIVATE_POSTGRES_SKIP_REASON)(
  `signing in while PostgreSQL is stopped${PRIVATE_POSTGRES_SKIP_REASON ? ` (skipped: ${PRIVATE_POSTGRES_SKIP_REASON})` : ''}`,
  () => {
    let postgres: PrivatePostgres;
    let server: RunningServer;
    beforeAll(async () => {
      postgres = await startPrivatePostgres();
      server = await startServer({ env: { DATABASE_URL: postgres.url, CASE_CODE_SECRET: SHARED_CASE_CODE_SECRET, ...BEHIND_PROXY } });
      await addModerator({ kind: 'postgres', url: postgres.url }, 'aigerim');
    });
    afterAll(async () => {
      await server?.stop();
      postgres?.destroy();
    });

    it('answers 503 to the right password, never lets it in unguarded, and signs in again once it is back', async () => {
      expect(await signIn(server, OFFICE, 'aigerim', 'wrong password')).toBe(401);
      postgres.stop();
      expect(await signIn(server, OFFICE, 'aigerim', PASSWORD)).toBe(503);
      expect(await signIn(server, GUESSER, 'aigerim', 'another guess')).toBe(503);
      expect(server.alive()).toBe(true);

      postgres.start();
      let status = 0;
      for (let tries = 0; tries < 100 && status !== 303; tries++) {
        status = await signIn(server, OFFICE, 'aigerim', PASSWORD);
        if (status !== 303) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(status).toBe(303);
    });
  },
);
