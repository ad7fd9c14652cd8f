/**
 * Owners, search, due dates and settled places on every database: a case is taken, handed to a
 * moderator of its region only, or left to the region; the queue filters by owner and finds a
 * case by a word of its messages or notes, with Kazakh folding, in the person's regions only; a
 * fixed place answers its case in the child's language; the statistics count answers in time.
 */
import { expect, it } from 'vitest';
import type { Report } from '../../../src/lib/report';
import { textQuery } from '../../../src/lib/text-search';
import { actOnOwner } from '../../../src/server/admin/owner-actions';
import { searchQueue } from '../../../src/server/admin/queue-search';
import { actOnCase } from '../../../src/server/admin/case-actions';
import { describeEachDatabase } from '../../support/databases';
import { addUser, useOffice } from '../../support/office';

const report = (overrides: Partial<Report> = {}): Report => ({
  region: 'astana',
  category: 'bullying',
  message: 'Мені үлкен балалар қорқытады, ақша сұрайды',
  lang: 'kk',
  followUp: true,
  urgent: false,
  ...overrides,
});
const at = (minute: number) => new Date(Date.UTC(2026, 11, 14, 5, minute));

describeEachDatabase('the work on cases', (database) => {
  const office = useOffice(database);

  it('take, hand over within the region only, and leave to the region; the queue filters by owner', async () => {
    const aigerimId = await addUser(office(), 'aigerim', 'moderator', ['astana']);
    const bolatId = await addUser(office(), 'bolat', 'moderator', ['astana', 'abai']);
    const dariga = await addUser(office(), 'dariga', 'moderator', ['abai']);
    const aigerim = (await office().users.byId(aigerimId))!;
    const { id } = await office().reports.addReport(report(), 'h1', at(0));
    const { id: other } = await office().reports.addReport(report(), 'h2', at(1));
    const found = async () => (await office().inbox.case(id))!;

    expect(await actOnOwner(office(), aigerim, await found(), { owner: 'me' }, at(2))).toBe('owner');
    expect((await found()).ownerId).toBe(aigerimId);
    const mine = await office().inbox.queue({ owner: { id: aigerimId } });
    expect(mine.map((item) => item.id)).toEqual([id]);
    expect((await office().inbox.queue({ owner: 'none' })).map((item) => item.id)).toEqual([other]);

    expect(await actOnOwner(office(), aigerim, await found(), { owner: dariga }, at(3))).toBe('owner-invalid');
    expect(await actOnOwner(office(), aigerim, await found(), { owner: bolatId }, at(4))).toBe('owner');
    expect((await found()).ownerId).toBe(bolatId);
    expect(await actOnOwner(office(), aigerim, await found(), { owner: '' }, at(5))).toBe('owner');
    expect((await found()).ownerId).toBeUndefined();
    const audit = (await office().audit.latest(10)).filter((entry) => entry.action === 'owner').map((entry) => entry.detail);
    expect(audit).toEqual(['region', 'bolat', 'aigerim']);
  });

  it("find a case by a word of its message or notes, with or without Kazakh letters, and only in the person's regions", async () => {
    const { id } = await office().reports.addReport(report(), 'h1', at(0));
    const { id: noted } = await office().reports.addReport(report({ message: 'Басқа хабарлама мұнда' }), 'h2', at(1));
    await office().inbox.addNote(noted, 'aigerim', 'Мектеп директорына қоңырау шалдық', at(2));
    const { id: elsewhere } = await office().reports.addReport(report({ region: 'abai' }), 'h3', at(3));
    const search = async (q: string, allowedRegions?: string[]) => await searchQueue(office(), { allowedRegions }, textQuery(q)!);
    expect(await search('коркытады', ['astana'])).toEqual([id]);
    expect(await search('қорқытады', ['astana'])).toEqual([id]);
    expect(await search('директорына', ['astana'])).toEqual([noted]);
    expect(await search('коркытады')).toEqual([id, elsewhere]);
    expect(await search('коркытады', ['abai'])).toEqual([elsewhere]);
    expect(await search('коркытады', [])).toEqual([]);
  });

  it('store the due date given at filing and show it in the queue', async () => {
    const due = new Date('2026-12-15T18:59:59.999Z');
    const { id } = await office().reports.addReport(report(), 'h1', at(0), undefined, { dueAt: due });
    expect((await office().inbox.queue({})).find((item) => item.id === id)?.dueAt).toEqual(due);
  });

  it("answer the case in the child's language when its place is fixed, and count answers in time per region and month", async () => {
    const place = { settlement: 'Ақсай', landmark: 'Мектеп жанындағы жол', kind: 'no-light' as const };
    const due = new Date('2026-12-20T18:59:59.999Z');
    const { id } = await office().reports.addReport(report({ category: 'unsafe-place', place }), 'h1', at(0), undefined, { dueAt: due });
    const fixed = {
      intent: 'safe-region',
      status: 'fixed',
      settlement: 'Ақсай',
      addressee: 'Ақсай әкімдігі',
      passedOn: '2026-12-14',
      publicNoteKk: 'Жолға шам орнатылды.',
      publicNoteRu: 'На дороге поставили фонари.',
    };
    expect(await actOnCase(office(), 'aigerim', id, fixed, at(30))).toBe('place');
    const found = (await office().inbox.case(id))!;
    expect(found.status).toBe('answered');
    expect(found.messages.at(-1)).toMatchObject({ author: 'office', text: 'Жолға шам орнатылды.' });
    const { id: late } = await office().reports.addReport(report(), 'h2', at(1), undefined, { dueAt: new Date('2026-12-14T06:00:00Z') });
    expect(late).toBeTruthy();
    const counts = await office().dueStatistics.answeredInTime(new Date('2026-12-01T00:00:00Z'), new Date('2026-12-16T00:00:00Z'));
    expect(counts).toEqual([{ month: '2026-12', region: 'astana', total: 2, inTime: 1 }]);
  });
});
