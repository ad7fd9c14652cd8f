/** The office's side of the cases: the queue's order and filters, replies, notes and the audit log. */
import { expect, it } from 'vitest';
import type { Report } from '../../../src/lib/report';
import { describeEachDatabase } from '../../support/databases';
import { useOffice } from '../../support/office';

const report = (overrides: Partial<Report> = {}): Report => ({
  region: 'astana',
  category: 'bullying',
  message: 'Меня обижают в классе',
  lang: 'ru',
  followUp: true,
  urgent: false,
  ...overrides,
});
const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 9, minute));

describeEachDatabase('the inbox', (database) => {
  const office = useOffice(database);
  const add = async (overrides: Partial<Report>, minute: number) => (await office().reports.addReport(report(overrides), `hash-${minute}`, at(minute))).id;

  it('puts urgent cases first, then the oldest waiting, then answered ones', async () => {
    const oldAnswered = await add({}, 0);
    const old = await add({}, 1);
    const newer = await add({}, 2);
    const urgent = await add({ urgent: true }, 3);
    const urgentAnswered = await add({ urgent: true }, 4);
    await office().reports.addMessage(oldAnswered, 'office', 'Ответ', at(10), 'aigerim');
    await office().reports.addMessage(urgentAnswered, 'office', 'Ответ', at(11), 'aigerim');
    const order = (await office().inbox.queue({})).map((item) => item.id);
    expect(order).toEqual([urgent, old, newer, oldAnswered, urgentAnswered]);
  });

  it('leaves closed cases out unless asked for, and filters by status, category and region', async () => {
    const closed = await add({}, 0);
    await office().reports.setStatus(closed, 'closed', at(5));
    const drugs = await add({ category: 'drugs', region: 'almaty' }, 1);
    const bullying = await add({}, 2);
    expect((await office().inbox.queue({})).map((item) => item.id)).toEqual([drugs, bullying]);
    expect((await office().inbox.queue({ status: 'closed' })).map((item) => item.id)).toEqual([closed]);
    expect((await office().inbox.queue({ category: 'drugs' })).map((item) => item.id)).toEqual([drugs]);
    expect((await office().inbox.queue({ region: 'astana' })).map((item) => item.id)).toEqual([bullying]);
  });

  it('shows a moderator only the regions assigned, whatever the filter asks for', async () => {
    await add({ region: 'almaty' }, 0);
    const astana = await add({}, 1);
    expect((await office().inbox.queue({ allowedRegions: ['astana'] })).map((item) => item.id)).toEqual([astana]);
    expect(await office().inbox.queue({ allowedRegions: ['astana'], region: 'almaty' })).toEqual([]);
    expect(await office().inbox.queue({ allowedRegions: [] })).toEqual([]);
  });

  it('records who replied and when the first reply came, and the student sees the reply but not who wrote it', async () => {
    const id = await add({}, 0);
    await office().reports.addMessage(id, 'office', 'Первый ответ', at(30), 'aigerim');
    await office().reports.addMessage(id, 'office', 'Второй ответ', at(40), 'bolat');
    const found = await office().inbox.case(id);
    expect(found?.status).toBe('answered');
    expect(found?.firstReplyAt).toEqual(at(30));
    expect(found?.messages.map((message) => message.authorUser)).toEqual([undefined, 'aigerim', 'bolat']);
    const student = await office().reports.findCase('hash-0');
    expect(student?.messages.map((message) => message.text)).toEqual(['Меня обижают в классе', 'Первый ответ', 'Второй ответ']);
    expect(JSON.stringify(student)).not.toContain('aigerim');
  });

  it('keeps internal notes away from the student', async () => {
    const id = await add({}, 0);
    await office().inbox.addNote(id, 'aigerim', 'Позвонить в школу', at(5));
    await office().inbox.addNote(id, 'bolat', 'Позвонили', at(6));
    expect((await office().inbox.case(id))?.notes.map((note) => [note.author, note.text])).toEqual([
      ['aigerim', 'Позвонить в школу'],
      ['bolat', 'Позвонили'],
    ]);
    expect(JSON.stringify(await office().reports.findCase('hash-0'))).not.toContain('Позвонить');
  });

  it('keeps the audit trail newest first', async () => {
    await office().audit.record({ at: at(1), actor: 'aigerim', action: 'view', target: 'case-1', detail: undefined });
    await office().audit.record({ at: at(2), actor: 'aigerim', action: 'status', target: 'case-1', detail: 'closed' });
    const entries = await office().audit.latest(10);
    expect(entries.map((entry) => [entry.action, entry.detail])).toEqual([
      ['status', 'closed'],
      ['view', undefined],
    ]);
  });
});

describeEachDatabase('the figures for statistics and transparency', (database) => {
  const office = useOffice(database);

  it('counts reports per month by category and region and gives only the median reply time', async () => {
    for (const [minute, category] of [
      [0, 'bullying'],
      [1, 'bullying'],
      [2, 'drugs'],
    ] as const) {
      const { id } = await office().reports.addReport(report({ category }), null, at(minute));
      await office().reports.addMessage(id, 'office', 'Ответ', new Date(at(minute).getTime() + (minute + 1) * 3_600_000), 'aigerim');
    }
    await office().reports.addReport(report({ region: 'almaty' }), null, new Date('2026-10-02T00:00:00Z'));
    const figures = await office().statistics.monthly(new Date('2026-10-01T00:00:00Z'));
    expect(figures.byCategory.sort((a, b) => `${a.month}${a.category}`.localeCompare(`${b.month}${b.category}`))).toEqual([
      { month: '2026-10', category: 'bullying', count: 1 },
      { month: '2026-11', category: 'bullying', count: 2 },
      { month: '2026-11', category: 'drugs', count: 1 },
    ]);
    expect(figures.byRegion.find((entry) => entry.month === '2026-11')).toEqual({ month: '2026-11', region: 'astana', count: 3 });
    expect(figures.replies).toEqual([{ month: '2026-11', replied: 3, medianHours: 2 }]);
    expect(JSON.stringify(figures)).not.toContain('Меня');
  });

  it('counts the backlog: received and in review', async () => {
    await office().reports.addReport(report(), null, at(0));
    const { id } = await office().reports.addReport(report(), null, at(1));
    await office().reports.setStatus(id, 'closed', at(2));
    expect(await office().statistics.backlog()).toBe(1);
    expect((await office().statistics.dayCounts(at(0))).map((entry) => entry.count)).toEqual([2]);
  });
});

describeEachDatabase('the queue, page by page', (database) => {
  const office = useOffice(database);

  it('shows a long queue in pages, in the queue order, without skipping or repeating a case', async () => {
    const ids: string[] = [];
    for (let minute = 0; minute < 7; minute++) {
      ids.push((await office().reports.addReport(report({ region: 'abai' }), `hash-page-${minute}`, at(minute))).id);
    }
    const first = await office().inbox.queue({ region: 'abai' }, { offset: 0, limit: 3 });
    const second = await office().inbox.queue({ region: 'abai' }, { offset: 3, limit: 3 });
    const third = await office().inbox.queue({ region: 'abai' }, { offset: 6, limit: 3 });
    expect([...first, ...second, ...third].map((item) => item.id)).toEqual(ids);
    expect(third).toHaveLength(1);
  });
});
