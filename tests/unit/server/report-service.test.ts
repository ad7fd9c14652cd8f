/**
 * The report service on every database the server can use: one contract, run on a real SQLite
 * file and, when POSTGRES_TEST_URL is set, on a PostgreSQL schema of its own.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/report';
import { createReportService, type ReportService } from '../../../src/server/reports';
import { openStore } from '../../../src/server/store';
import type { ReportStore } from '../../../src/server/store/types';
import { describeEachDatabase, type CreatedDatabase } from '../../support/databases';

const KEY = Buffer.from('k'.repeat(64));
const report: Report = {
  region: 'astana',
  category: 'cyberbullying',
  message: 'В чате класса про меня пишут гадости',
  lang: 'ru',
  followUp: true,
  urgent: false,
};

describeEachDatabase('the report service', (database) => {
  let created: CreatedDatabase;
  let store: ReportStore;
  let service: ReportService;
  let now: Date;

  beforeEach(async () => {
    created = await database.create();
    store = await openStore(created.location);
    now = new Date('2026-11-25T10:00:00Z');
    service = createReportService(store, KEY, () => now);
  });

  afterEach(async () => {
    await store.close();
    await created.cleanup();
  });

  /** Whether the database holds `text` anywhere: on SQLite in its files, on PostgreSQL in a row. */
  const holds = async (text: string) => (await created.held()).includes(Buffer.from(text));
  it('gives a case code that opens the case with its first message', async () => {
    const { caseCode } = await service.submit(report);
    const found = await service.open(caseCode!);
    expect(found).toMatchObject({ status: 'received', region: 'astana', category: 'cyberbullying', urgent: false });
    expect(found!.messages).toEqual([{ author: 'student', text: report.message, at: now }]);
  });

  it('opens the case however the code is typed: with dashes, without spaces', async () => {
    const { caseCode } = await service.submit(report);
    expect(await service.open(caseCode!.replace(/ /g, '-'))).toBeDefined();
    expect(await service.open(caseCode!.replace(/ /g, ''))).toBeDefined();
  });

  it('keeps the case code only as a keyed hash: the digits are nowhere in the database', async () => {
    const { caseCode } = await service.submit(report);
    expect(await holds(caseCode!.replace(/ /g, ''))).toBe(false);
    expect(await holds(caseCode!)).toBe(false);
    expect(await holds(report.message)).toBe(true);
  });

  it('opens nothing with a wrong code, or with the right code under another key', async () => {
    const { caseCode } = await service.submit(report);
    expect(await service.open('0000 0000 0000 0000')).toBeUndefined();
    expect(await service.open('not a code')).toBeUndefined();
    const otherKey = createReportService(store, Buffer.from('x'.repeat(64)));
    expect(await otherKey.open(caseCode!)).toBeUndefined();
  });

  it('gives no code and stores nothing that leads back when no answer is wanted', async () => {
    expect(await service.submit({ ...report, followUp: false })).toEqual({});
  });

  it('shows the office reply to the student, and the student can write back', async () => {
    const { caseCode } = await service.submit(report);
    const { id } = (await service.open(caseCode!))!;
    await store.addMessage(id, 'office', 'Мы получили сообщение и связались со школой.', now);
    expect((await service.open(caseCode!))!.status).toBe('answered');

    expect(await service.writeBack(caseCode!, 'Спасибо, стало лучше')).toBe('added');
    const found = (await service.open(caseCode!))!;
    expect(found.status).toBe('in-review');
    expect(found.messages.map((message) => message.author)).toEqual(['student', 'office', 'student']);
  });

  it('takes no more messages once the case is closed', async () => {
    const { caseCode } = await service.submit(report);
    await store.setStatus((await service.open(caseCode!))!.id, 'closed', now);
    expect(await service.writeBack(caseCode!, 'ещё вопрос')).toBe('closed');
  });

  // On SQLite `held()` reads the files, so this checks secure_delete and the WAL checkpoint; on
  // PostgreSQL it reads the live rows (dead ones stay in its files until vacuumed: see docs/operations.md).
  it(`erases a case for good: it no longer opens and its text is gone from ${database.name === 'sqlite' ? 'disk' : 'every table'}`, async () => {
    const message = 'Уникальная фраза для проверки удаления 4242';
    const { caseCode } = await service.submit({ ...report, message });
    const { id } = (await service.open(caseCode!))!;
    await store.addMessage(id, 'office', 'Ответ офиса 4343', now);
    expect(await holds(message)).toBe(true);
    expect(await service.erase(caseCode!)).toBe(true);
    expect(await service.open(caseCode!)).toBeUndefined();
    expect(await service.erase(caseCode!)).toBe(false);
    expect(await holds(message)).toBe(false);
    expect(await holds('Ответ офиса 4343')).toBe(false);
  });

  it('deletes closed cases after the retention period and keeps open ones', async () => {
    const closed = await service.submit(report);
    const open = await service.submit(report);
    await store.setStatus((await service.open(closed.caseCode!))!.id, 'closed', now);
    now = new Date(now.getTime() + 179 * 86_400_000);
    expect(await service.deleteExpired(180)).toBe(0);
    now = new Date(now.getTime() + 2 * 86_400_000);
    expect(await service.deleteExpired(180)).toBe(1);
    expect(await service.open(closed.caseCode!)).toBeUndefined();
    expect(await service.open(open.caseCode!)).toBeDefined();
  });

  it('stores a message with SQL and HTML in it as plain text', async () => {
    const message = "'); DROP TABLE reports; -- <img src=x onerror=alert(1)>";
    const { caseCode } = await service.submit({ ...report, message });
    expect((await service.open(caseCode!))!.messages[0]!.text).toBe(message);
  });

  // A process keeps one SQLite connection (sqlite.ts), while servers share PostgreSQL, so only
  // there do several open the store at once.
  const together = database.name === 'postgres';

  it(`migrates a store once, however often it is opened${together ? ', by several pools at once' : ''}`, async () => {
    const reopen = async () => (await openStore(created.location)).close();
    if (together) await Promise.all([reopen(), reopen(), reopen()]);
    else await reopen();
    const { caseCode } = await service.submit(report);
    expect(await service.open(caseCode!)).toBeDefined();
  });

  it(`numbers the messages of one case in order when many arrive at once${together ? ', through two pools' : ''}`, async () => {
    const { caseCode } = await service.submit(report);
    const { id } = (await service.open(caseCode!))!;
    const other = together ? await openStore(created.location) : store;
    try {
      const texts = Array.from({ length: 24 }, (_, i) => `Сообщение ${i}`);
      await Promise.all(texts.map((text, i) => (i % 2 ? other : store).addMessage(id, i % 3 ? 'student' : 'office', text, now)));
      const messages = (await service.open(caseCode!))!.messages.map((message) => message.text);
      expect(messages).toHaveLength(25);
      expect(new Set(messages.slice(1))).toEqual(new Set(texts));
    } finally {
      if (other !== store) await other.close();
    }
  });
});
