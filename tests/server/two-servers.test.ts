/**
 * Two server processes on one PostgreSQL database, as behind a load balancer, are one service:
 * what is filed through one opens, takes replies and is erased through the other.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createReportService } from '../../src/server/reports';
import { openStore } from '../../src/server/store';
import { describeOnPostgres, type CreatedDatabase } from '../support/databases';
import { aReport, SHARED_CASE_CODE_SECRET, startServer, type RunningServer } from './server';

type CaseAnswer = { status: string; messages: { author: string; text: string }[] };

describeOnPostgres('two servers on one database', (testDatabase) => {
  let database: CreatedDatabase;
  let one: RunningServer;
  let other: RunningServer;
  const caseOf = async (server: RunningServer, caseCode: string) => (await (await server.post('/api/reports/case', { caseCode })).json()) as CaseAnswer;

  beforeAll(async () => {
    database = await testDatabase.create();
    // Started together on an empty schema, so both migrate at once: one waits for the other.
    [one, other] = await Promise.all([startServer({ database, env: { RATE_LIMIT: 'off' } }), startServer({ database, env: { RATE_LIMIT: 'off' } })]);
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), other?.stop()]);
    await database?.cleanup();
  });

  it('open through one a case filed through the other, and both see replies and writing back', async () => {
    const { caseCode } = (await (await one.post('/api/reports', aReport())).json()) as { caseCode: string };
    expect((await caseOf(other, caseCode)).messages).toEqual([{ author: 'student', text: aReport().message, at: expect.any(String) }]);

    // The office answers through a third pool on the same database, as the inbox will.
    const store = await openStore(database.location);
    try {
      const { id } = (await createReportService(store, Buffer.from(SHARED_CASE_CODE_SECRET)).open(caseCode))!;
      await store.addMessage(id, 'office', 'Жауап / Ответ', new Date());
    } finally {
      await store.close();
    }
    expect((await caseOf(one, caseCode)).status).toBe('answered');

    expect((await other.post('/api/reports/case/messages', { caseCode, text: 'Рахмет, екінші сервер' })).status).toBe(201);
    const seen = await caseOf(one, caseCode);
    expect(seen.status).toBe('in-review');
    expect(seen.messages.map((message) => message.text)).toEqual([aReport().message, 'Жауап / Ответ', 'Рахмет, екінші сервер']);

    expect((await other.post('/api/reports/case/erase', { caseCode })).status).toBe(200);
    expect((await one.post('/api/reports/case', { caseCode })).status).toBe(404);
  });

  it('keep every message when a student writes through both at once', async () => {
    const { caseCode } = (await (await other.post('/api/reports', aReport())).json()) as { caseCode: string };
    const texts = Array.from({ length: 20 }, (_, i) => `Хабарлама ${i}`);
    const statuses = await Promise.all(
      texts.map(async (text, i) => (await (i % 2 ? one : other).post('/api/reports/case/messages', { caseCode, text })).status),
    );
    expect(statuses.every((status) => status === 201)).toBe(true);
    const messages = (await caseOf(one, caseCode)).messages.map((message) => message.text);
    expect(messages).toHaveLength(21);
    expect(new Set(messages.slice(1))).toEqual(new Set(texts));
  });

  it('refuse to start one whose database refuses it, saying why and not with what password', async () => {
    const wrong = new URL(database.location.kind === 'postgres' ? database.location.url : '');
    wrong.password = 'not-the-password-31337';
    const refused = startServer({ database: { ...database, location: { kind: 'postgres', url: wrong.toString() } } });
    await expect(refused).rejects.toThrow(/The server cannot start: .*password authentication failed/);
    await expect(refused).rejects.not.toThrow(/not-the-password-31337/);
  });

  it('refuse to start one without CASE_CODE_SECRET, or with another key than theirs', async () => {
    await expect(startServer({ database, env: { CASE_CODE_SECRET: '' } })).rejects.toThrow(/set CASE_CODE_SECRET, the same on every server process/);
    const otherKey = SHARED_CASE_CODE_SECRET.replace(/7/g, '8');
    await expect(startServer({ database, env: { CASE_CODE_SECRET: otherKey } })).rejects.toThrow(/is not the one this database was started with/);

    const { caseCode } = (await (await one.post('/api/reports', aReport())).json()) as { caseCode: string };
    expect((await other.post('/api/reports/case', { caseCode })).status).toBe(200);
  });
});
