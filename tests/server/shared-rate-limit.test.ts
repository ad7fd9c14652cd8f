/**
 * On PostgreSQL the rate limits are one limit for every server process on the database (issue
 * 12): a client that spreads its requests over two processes, as a load balancer would, gets no
 * more than from one. A database that stops does not turn the limits into errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/server/rate-limit';
import { describeOnPostgres, type CreatedDatabase } from '../support/databases';
import { solveProof } from '../support/proof-of-work';
import { PRIVATE_POSTGRES_SKIP_REASON, startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres';
import { SHARED_CASE_CODE_SECRET, startServer, type RunningServer } from './server';

const lookUp = (server: RunningServer) => server.post('/api/reports/case', { caseCode: '1111 2222 3333 4444' });

describeOnPostgres('two servers on one database with the rate limits on', (testDatabase) => {
  let database: CreatedDatabase;
  let one: RunningServer;
  let other: RunningServer;

  beforeAll(async () => {
    database = await testDatabase.create();
    one = await startServer({ database });
    other = await startServer({ database });
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), other?.stop()]);
    await database?.cleanup();
  });

  it('allow one client the case lookups of one limit in all, however the requests are spread', async () => {
    const max = LIMITS.caseLookups.perClient.max;
    const statuses = await Promise.all(Array.from({ length: max }, async (_, i) => (await lookUp(i % 2 ? one : other)).status));
    expect(statuses.filter((status) => status === 404)).toHaveLength(max);

    for (const server of [one, other]) {
      const limited = await lookUp(server);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await limited.json()).toMatchObject({ error: { code: 'rate-limited' } });
    }
    // A proof of work asked for by one is taken by the other, which shares the day's limits key.
    const challenge = (await lookUp(one)).headers.get('x-altcha-challenge')!;
    const proof = await solveProof(challenge);
    expect((await other.post('/api/reports/case', { caseCode: '1111 2222 3333 4444' }, { 'x-altcha': proof })).status).toBe(404);
    expect((await one.post('/api/reports/case', { caseCode: '1111 2222 3333 4444' }, { 'x-altcha': proof })).status).toBe(429);
    // Each kind of request has its own limit: the same client still counts a page view.
    const browser = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36' };
    expect((await other.post('/api/hits', { path: '/kk/', lang: 'kk', source: 'site' }, browser)).status).toBe(204);
  });
});

describe.skipIf(PRIVATE_POSTGRES_SKIP_REASON)(
  `the rate limits while PostgreSQL is stopped${PRIVATE_POSTGRES_SKIP_REASON ? ` (skipped: ${PRIVATE_POSTGRES_SKIP_REASON})` : ''}`,
  () => {
    let postgres: PrivatePostgres;
    let server: RunningServer;
    beforeAll(async () => {
      postgres = await startPrivatePostgres();
      server = await startServer({ env: { DATABASE_URL: postgres.url, CASE_CODE_SECRET: SHARED_CASE_CODE_SECRET } });
    });
    afterAll(async () => {
      await server?.stop();
      postgres?.destroy();
    });

    it('count in the process meanwhile: the answer is 503, then 429 past the limit, never 500, and shared again after the start', async () => {
      expect((await lookUp(server)).status).toBe(404);
      postgres.stop();
      const statuses: number[] = [];
      for (let i = 0; i < LIMITS.caseLookups.perClient.max + 1; i++) statuses.push((await lookUp(server)).status);
      expect(statuses).not.toContain(500);
      expect(statuses[0]).toBe(503);
      // The process's own count knows nothing of the one request counted in the database before.
      expect(statuses.at(-1)).toBe(429);
      expect(server.output()).toContain('Rate limits are counted by each process alone while the database fails');
      expect(server.alive()).toBe(true);

      postgres.start();
      // The database's count went on from 1: one request before the stop, 29 more are allowed.
      let status = 0;
      for (let tries = 0; tries < 100 && status !== 404; tries++) {
        status = (await lookUp(server)).status;
        if (status !== 404) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(status).toBe(404);
    });
  },
);
