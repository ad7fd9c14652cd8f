/** The report service on a real SQLite file, as the server runs it. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/report';
import { createReportService, type ReportService } from '../../../src/server/reports';
import { openStore } from '../../../src/server/store';
import type { ReportStore } from '../../../src/server/store/types';

const KEY = Buffer.from('k'.repeat(64));
const report: Report = {
  region: 'astana',
  category: 'cyberbullying',
  message: 'В чате класса про меня пишут гадости',
  lang: 'ru',
  followUp: true,
  urgent: false,
};

let dir: string;
let store: ReportStore;
let service: ReportService;
let now: Date;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zanbala-store-'));
  store = await openStore({ kind: 'sqlite', path: join(dir, 'reports.db') });
  now = new Date('2026-11-25T10:00:00Z');
  service = createReportService(store, KEY, () => now);
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every byte the store keeps on disk: the database and its write-ahead log. */
const filesOnDisk = () => readdirSync(dir).map((name) => readFileSync(join(dir, name)).toString('latin1')).join('');

describe('the report service', () => {
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

  it('keeps the case code only as a keyed hash: the digits are nowhere on disk', async () => {
    const { caseCode } = await service.submit(report);
    const digits = caseCode!.replace(/ /g, '');
    expect(filesOnDisk()).not.toContain(digits);
    expect(filesOnDisk()).not.toContain(caseCode!);
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

  it('erases a case for good: it no longer opens and its text is gone from disk', async () => {
    const message = 'Уникальная фраза для проверки удаления 4242';
    const { caseCode } = await service.submit({ ...report, message });
    expect(await service.erase(caseCode!)).toBe(true);
    expect(await service.open(caseCode!)).toBeUndefined();
    expect(await service.erase(caseCode!)).toBe(false);
    expect(Buffer.from(filesOnDisk(), 'latin1').includes(Buffer.from(message))).toBe(false);
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

  it('migrates a store once, however often it is opened', async () => {
    const again = await openStore({ kind: 'sqlite', path: join(dir, 'reports.db') });
    await again.close();
    const { caseCode } = await service.submit(report);
    expect(await service.open(caseCode!)).toBeDefined();
  });
});
