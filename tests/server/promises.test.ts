/** Promises 1 and 3 of docs/design.md, checked on the real server and its files or rows, on every database. */
import { afterEach, describe, expect, it } from 'vitest';
import { describeEachDatabase, type CreatedDatabase } from '../support/databases';
import { aReport, databaseFor, startServer, type RunningServer } from './server';

const MARKED_AGENT = 'ZanbalaMarkedAgent/7.7 (student-phone-0042)';
const MARKED_ADDRESS = '203.0.113.77';

describeEachDatabase('the promises', (testDatabase) => {
  const running: RunningServer[] = [];
  let database: CreatedDatabase | undefined;
  afterEach(async () => {
    for (const server of running.splice(0)) await server.stop();
    await database?.cleanup();
    database = undefined;
  });

  describe('what the server keeps about a student', () => {
    it('stores and logs no address and no user agent from help pages and report requests', async () => {
      database = await databaseFor(testDatabase);
      const server = await startServer({ database, env: { RATE_LIMIT: 'off' } });
      running.push(server);
      const marked = { 'user-agent': MARKED_AGENT, 'x-forwarded-for': MARKED_ADDRESS, 'x-real-ip': MARKED_ADDRESS };

      const { caseCode } = (await (await server.post('/api/reports', aReport(), marked)).json()) as { caseCode: string };
      await server.post('/api/reports/case', { caseCode }, marked);
      await server.post('/api/reports/case/messages', { caseCode, text: 'Рахмет' }, marked);
      await server.post('/api/reports', 'broken', marked);
      const form = new URLSearchParams({ ...aReport(), followUp: 'no' } as Record<string, string>);
      await server.post('/kk/help/', form.toString(), { ...marked, 'content-type': 'application/x-www-form-urlencoded' });
      await fetch(`${server.origin}/kk/help/`, { headers: marked });
      await fetch(`${server.origin}/kk/help/case/`, { headers: marked });

      const stored = await server.storedBytes();
      // The one line a server prints is where it listens, which here is the client's address too.
      const output = server.output().replace(/^Zanbala is running at .*$/m, '');
      for (const marker of [MARKED_AGENT, 'ZanbalaMarkedAgent', MARKED_ADDRESS, '127.0.0.1']) {
        expect(stored.includes(Buffer.from(marker)), `${marker} in the data folder`).toBe(false);
        expect(output, `${marker} in the server output`).not.toContain(marker);
      }
    });
  });

  describe('a report acknowledged with 201', () => {
    it('survives kill -9 of the server right after: every acknowledged code opens its case after a restart', async () => {
      database = await databaseFor(testDatabase);
      const first = await startServer({ database, env: { RATE_LIMIT: 'off' } });
      running.push(first);
      const acknowledged: { caseCode: string; message: string }[] = [];
      let sent = 0;
      let killed = false;
      // Eight clients keep sending until the server dies under them, so the kill lands mid-flight.
      const client = async () => {
        while (!killed) {
          const report = aReport({ message: `Хабарлама нөмірі ${sent++}: мені мектепте ренжітеді` });
          const response = await postOrNothing(first, report);
          if (response?.status === 201) {
            acknowledged.push({ caseCode: ((await response.json()) as { caseCode: string }).caseCode, message: report.message });
          }
        }
      };
      const clients = Array.from({ length: 8 }, client);
      while (acknowledged.length < 30) await new Promise((resolve) => setTimeout(resolve, 10));
      await first.kill();
      killed = true;
      await Promise.all(clients);
      expect(acknowledged.length).toBeGreaterThanOrEqual(30);

      const second = await startServer({ dataDir: first.dataDir, database, env: { RATE_LIMIT: 'off' } });
      running.push(second);
      for (const { caseCode, message } of acknowledged) {
        const response = await second.post('/api/reports/case', { caseCode });
        expect(response.status, caseCode).toBe(200);
        expect(((await response.json()) as { messages: { text: string }[] }).messages[0]!.text).toBe(message);
      }
    });
  });
});

/** A post that may be cut off by the kill: a connection error is "not acknowledged", not a failure. */
async function postOrNothing(server: RunningServer, body: unknown): Promise<Response | undefined> {
  try {
    return await server.post('/api/reports', body);
  } catch {
    return undefined;
  }
}
