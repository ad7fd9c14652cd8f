/** Floods of junk reports in the store, on every database: marking, the queue's order, start and end, closing in bulk. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../src/lib/report';
import { closeFlood, floodsForQueue } from '../../../src/server/admin/floods';
import { listenForFloods, type FloodChange } from '../../../src/server/floods/flood-events';
import { createFloodWatch, FLOOD_FLOOR, FLOOD_WINDOW_MS, floodThreshold } from '../../../src/server/floods/flood-watch';
import { createReportService } from '../../../src/server/reports';
import { QUEUE_PAGE_SIZE } from '../../../src/server/store/inbox';
import type { OfficeStores } from '../../../src/server/store';
import { describeEachDatabase } from '../../support/databases';
import { useOffice } from '../../support/office';

vi.setConfig({ testTimeout: 120_000 });

const KEY = Buffer.alloc(32, 7);
const junk: Report = { region: 'astana', category: 'other', message: 'срочно срочно срочно срочно', lang: 'ru', followUp: false, urgent: true };
const real: Report = {
  region: 'astana',
  category: 'violence-home',
  message: 'Отчим бьёт меня и брата, сегодня опять',
  lang: 'ru',
  followUp: true,
  urgent: true,
};

describe('the flood threshold', () => {
  it('is at least the floor, and ten times a busy region’s normal window', () => {
    expect(floodThreshold(0)).toBe(FLOOD_FLOOR);
    expect(floodThreshold(0.4)).toBe(FLOOD_FLOOR);
    expect(floodThreshold(12.5)).toBe(125);
  });
});

describeEachDatabase('floods', (database) => {
  const office = useOffice(database);
  let clock = new Date('2026-12-01T08:00:00Z');
  const service = () => createReportService(office().reports, KEY, () => clock, { floods: createFloodWatch(office().floods, office().audit) });
  const changes: [string, FloodChange][] = [];
  let stopListening: () => void = () => {};
  beforeEach(() => {
    changes.length = 0;
    stopListening = listenForFloods((region, change) => void changes.push([region, change]));
  });
  afterEach(() => stopListening());

  /**
   * Files reports one after the other, the clock moving `stepMs` between them, from `clients`
   * addresses in turn, each with its count as the rate limits keep it.
   */
  async function file(service: ReturnType<typeof createReportService>, report: Report, count: number, { stepMs = 50, clients = 35 } = {}) {
    for (let i = 0; i < count; i++) {
      clock = new Date(clock.getTime() + stepMs);
      await service.submit(report, undefined, { count: Math.floor(i / clients) + 1, overLimit: false });
    }
  }

  const rankOf = async (stores: OfficeStores, category: string) =>
    (await stores.inbox.queue({}, { offset: 0, limit: 1000 })).findIndex((item) => item.category === category);

  it('puts a real urgent report filed after 700 junk ones from 35 addresses on the first page of the queue', async () => {
    clock = new Date('2026-12-01T08:00:00Z');
    const reports = service();
    await file(reports, junk, 700);
    await reports.submit(real, undefined, { count: 1, overLimit: false });
    const firstPage = await office().inbox.queue({}, { offset: 0, limit: QUEUE_PAGE_SIZE });
    const found = firstPage.find((item) => item.category === 'violence-home');
    expect(found, 'the real report on the first page').toMatchObject({ urgent: true, suspectedFlood: false });
    // Before it: the junk sent before the flood was noticed, and each address's first report.
    expect(await rankOf(office(), 'violence-home')).toBe(35);
    const all = await office().inbox.queue({}, { offset: 0, limit: 1000 });
    expect(all.filter((item) => item.suspectedFlood)).toHaveLength(700 - 35);
    expect(all.slice(36).every((item) => item.suspectedFlood)).toBe(true);
  });

  it('marks every report of a flood, those just before it was noticed included, when the limits know nothing of the clients (limits off)', async () => {
    clock = new Date('2026-12-01T08:00:00Z');
    const reports = service();
    for (let i = 0; i < 100; i++) {
      clock = new Date(clock.getTime() + 50);
      await reports.submit(junk);
    }
    const all = await office().inbox.queue({}, { offset: 0, limit: 1000 });
    expect(all.filter((item) => item.suspectedFlood)).toHaveLength(100);
  });

  it('records when a flood starts and ends, once each, in the audit log and for its listeners', async () => {
    clock = new Date('2026-12-01T08:00:00Z');
    const reports = service();
    const watch = createFloodWatch(office().floods, office().audit);
    await file(reports, junk, FLOOD_FLOOR + 20, { clients: 1 });
    expect(changes).toEqual([['astana', 'start']]);
    // Still going: the window is full.
    await watch.sweep(clock);
    expect(changes).toHaveLength(1);
    clock = new Date(clock.getTime() + FLOOD_WINDOW_MS + 1000);
    await watch.sweep(clock);
    await watch.sweep(clock);
    expect(changes).toEqual([
      ['astana', 'start'],
      ['astana', 'end'],
    ]);
    const audit = await office().audit.latest(10);
    expect(audit.map((entry) => [entry.action, entry.target])).toEqual([
      ['flood-end', 'astana'],
      ['flood-start', 'astana'],
    ]);
    expect(audit[1]!.detail).toBe(`${FLOOD_FLOOR} reports in 10 min; threshold ${FLOOD_FLOOR}`);
    // A report after the flood is no longer marked, even from a client that wrote before.
    await reports.submit(real, undefined, { count: 60, overLimit: false });
    const after = (await office().inbox.queue({})).find((item) => item.category === 'violence-home');
    expect(after).toMatchObject({ suspectedFlood: false });
  });

  it('marks an urgent report from a client over its limit, and only an urgent one', async () => {
    const reports = service();
    await reports.submit(real, undefined, { count: 21, overLimit: true });
    await reports.submit({ ...real, urgent: false, category: 'bullying' }, undefined, { count: 22, overLimit: true });
    await reports.submit({ ...real, category: 'neglect' }, undefined, { count: 5, overLimit: false });
    const queue = await office().inbox.queue({});
    expect(queue.map((item) => [item.category, item.suspectedFlood])).toEqual([
      ['neglect', false],
      ['bullying', false],
      ['violence-home', true],
    ]);
  });

  it("closes a flood's untouched reports at once for its region's moderator, audited, and leaves the rest", async () => {
    clock = new Date('2026-12-01T08:00:00Z');
    const reports = service();
    // One address: all but its first report are marked, those before the flood was noticed too.
    await file(reports, junk, FLOOD_FLOOR + 9, { clients: 1 });
    const queue = await office().inbox.queue({}, { offset: 0, limit: 100 });
    const marked = queue.filter((item) => item.suspectedFlood);
    expect(marked).toHaveLength(FLOOD_FLOOR + 8);
    // The office answered one: it stays.
    await office().reports.addMessage(marked[0]!.id, 'office', 'Мы прочитали ваше сообщение.', clock, 'aigerim');
    const moderator = { name: 'aigerim', role: 'moderator' as const, regions: ['astana'] };
    const [flood] = await floodsForQueue(office(), moderator, clock);
    expect(flood).toMatchObject({ region: 'astana', endedAt: undefined, waiting: FLOOD_FLOOR + 7 });
    expect(await floodsForQueue(office(), { ...moderator, regions: ['abai'] }, clock)).toEqual([]);
    expect(await closeFlood(office(), { ...moderator, name: 'bolat', regions: ['abai'] }, flood!.id, clock)).toBeUndefined();
    expect(await closeFlood(office(), moderator, 'not-a-flood\u0000', clock)).toBeUndefined();

    expect(await closeFlood(office(), moderator, flood!.id, clock)).toBe(FLOOD_FLOOR + 7);
    const after = await office().inbox.queue({}, { offset: 0, limit: 100 });
    expect(after).toHaveLength(2);
    expect(after.filter((item) => item.suspectedFlood).map((item) => item.status)).toEqual(['answered']);
    const [entry] = await office().audit.latest(1);
    expect(entry).toMatchObject({
      actor: 'aigerim',
      action: 'flood-close',
      target: 'astana',
      detail: `${FLOOD_FLOOR + 7} reports of the flood from ${flood!.startedAt.toISOString()}`,
    });
    expect((await floodsForQueue(office(), moderator, clock))[0]).toMatchObject({ waiting: 0 });
  });
});
