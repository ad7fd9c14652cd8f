/** The Safe region register and the page-view counters in the store, on every database. */
import { describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../src/lib/report';
import { actOnCase } from '../../../src/server/admin/case-actions';
import { registerCsv, registerFilter } from '../../../src/server/admin/safe-region';
import { createHitBuffer } from '../../../src/server/reach/hit-buffer';
import type { PendingViews } from '../../../src/server/store/page-views';
import { describeEachDatabase } from '../../support/databases';
import { useOffice } from '../../support/office';

const place = { settlement: 'Орал', landmark: 'Жол №5 мектептің артында', kind: 'no-light' as const };
const report = (overrides: Partial<Report> = {}): Report => ({
  region: 'west-kazakhstan',
  category: 'unsafe-place',
  message: 'Мектепке баратын жол қараңғы, қорқамын',
  lang: 'kk',
  followUp: true,
  urgent: false,
  place,
  ...overrides,
});
const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9));
const fixedChange = {
  intent: 'safe-region',
  status: 'fixed',
  settlement: 'Орал қаласы',
  addressee: 'Орал қаласының әкімдігі',
  passedOn: '2026-03-05',
  publicNoteKk: 'Мектеп жанындағы көшеге шам орнатылды.',
  publicNoteRu: 'На улице у школы поставили фонари.',
};

describeEachDatabase('the Safe region register', (database) => {
  const office = useOffice(database);

  it('keeps the place of an unsafe-place report, reported, in its region', async () => {
    const { id } = await office().reports.addReport(report(), 'hash-1', at(1));
    expect(await office().places.ofReport(id)).toMatchObject({ reportId: id, region: 'west-kazakhstan', ...place, status: 'reported' });
    const { id: other } = await office().reports.addReport(report({ category: 'bullying', place: undefined }), 'hash-2', at(1));
    expect(await office().places.ofReport(other)).toBeUndefined();
  });

  it('moves a place from the case page, audits each change, and refuses an incomplete one', async () => {
    const { id } = await office().reports.addReport(report(), 'hash-1', at(1));
    expect(await actOnCase(office(), 'aigerim', id, { intent: 'safe-region', status: 'passed-to-akimat' }, at(2))).toMatchObject({
      why: 'place-invalid',
      errors: { addressee: 'required', passedOn: 'required' },
    });
    expect(
      await actOnCase(office(), 'aigerim', id, { intent: 'safe-region', status: 'passed-to-akimat', addressee: 'Әкімдік', passedOn: '2026-03-05' }, at(5)),
    ).toBe('place');
    expect(await actOnCase(office(), 'aigerim', id, fixedChange, at(20))).toBe('place');
    expect(await office().places.ofReport(id)).toMatchObject({ status: 'fixed', addressee: 'Орал қаласының әкімдігі', fixedAt: at(20) });
    const audit = (await office().audit.latest(10)).filter((entry) => entry.action === 'safe-region');
    expect(audit.map((entry) => entry.detail)).toEqual(['fixed; Орал қаласы; Орал қаласының әкімдігі; 2026-03-05', 'passed-to-akimat; Әкімдік; 2026-03-05']);
    expect(audit.every((entry) => entry.actor === 'aigerim' && entry.target === id)).toBe(true);
  });

  it("gives the public only the office's settlement, kind, the public notes and the month, never the child's settlement", async () => {
    const { id } = await office().reports.addReport(report(), 'hash-1', at(1));
    await office().reports.addReport(report({ place: { ...place, settlement: 'Ақсай' } }), 'hash-2', at(2));
    await actOnCase(office(), 'aigerim', id, fixedChange, at(20));
    const fixed = await office().places.fixed();
    expect(fixed).toEqual([
      {
        region: 'west-kazakhstan',
        settlement: 'Орал қаласы',
        kind: 'no-light',
        publicNoteKk: fixedChange.publicNoteKk,
        publicNoteRu: fixedChange.publicNoteRu,
        monthFixed: '2026-03',
      },
    ]);
    expect(await office().places.fixed('astana')).toEqual([]);
  });

  it('counts per region the places reported, passed and fixed in a year', async () => {
    const first = (await office().reports.addReport(report(), 'hash-1', at(1))).id;
    await office().reports.addReport(report(), 'hash-2', at(2));
    await office().reports.addReport(report({ region: 'astana' }), 'hash-3', new Date('2025-12-31T20:00:00Z'));
    await actOnCase(office(), 'aigerim', first, fixedChange, at(20));
    const year = await office().places.yearCounts('2025-12-31T19:00:00.000Z', '2026-12-31T19:00:00.000Z');
    // 20:00 UTC on 31 December is already 1 January in Kazakhstan.
    expect(year).toEqual([
      { region: 'astana', reported: 1, passed: 0, fixed: 0 },
      { region: 'west-kazakhstan', reported: 2, passed: 1, fixed: 1 },
    ]);
  });

  it('keeps a place when its case is erased or expires, with only what the office wrote', async () => {
    const { id } = await office().reports.addReport(report(), 'hash-1', at(1));
    await actOnCase(office(), 'aigerim', id, fixedChange, at(3));
    await office().reports.eraseCase(id);
    const [erased] = await office().places.register({});
    expect(erased).toMatchObject({ reportId: undefined, settlement: '', landmark: '', officeSettlement: 'Орал қаласы', kind: 'no-light', status: 'fixed' });
    expect(erased).toMatchObject({ addressee: fixedChange.addressee, publicNoteKk: fixedChange.publicNoteKk, fixedAt: at(3) });
    expect(registerCsv([erased!], at(12)).split('\r\n')[1]).toBe(
      'west-kazakhstan,,,no-light,fixed,2026-03-01,11,Орал қаласының әкімдігі,2026-03-05,2026-03-03,Орал қаласы',
    );

    const { id: old } = await office().reports.addReport(report({ place: { ...place, landmark: 'Ескі диірмен жанындағы жол' } }), 'hash-2', at(1));
    await office().reports.setStatus(old, 'closed', at(2));
    expect(await office().reports.deleteClosedBefore(at(10))).toBe(1);
    const expired = (await office().places.register({})).find((entry) => entry.id !== erased!.id);
    expect(expired).toMatchObject({ reportId: undefined, settlement: '', landmark: '', kind: 'no-light', status: 'reported' });
  });

  it("shows a moderator's register only their regions, filtered, and as CSV", async () => {
    await office().reports.addReport(report(), 'hash-1', at(1));
    await office().reports.addReport(report({ region: 'astana', place: { ...place, settlement: 'Астана', kind: 'stray-dogs' } }), 'hash-2', at(2));
    const moderator = { role: 'moderator' as const, regions: ['astana'] };
    const mine = await office().places.register(registerFilter(moderator, new URLSearchParams()));
    expect(mine.map((entry) => entry.settlement)).toEqual(['Астана']);
    expect(await office().places.register(registerFilter(moderator, new URLSearchParams('region=west-kazakhstan')))).toEqual([]);
    expect(await office().places.register(registerFilter({ role: 'analyst', regions: [] }, new URLSearchParams()))).toEqual([]);
    const admin = { role: 'admin' as const, regions: [] };
    expect((await office().places.register(registerFilter(admin, new URLSearchParams('kind=no-light')))).map((entry) => entry.settlement)).toEqual(['Орал']);
    expect(await office().places.register(registerFilter(admin, new URLSearchParams('status=fixed')))).toEqual([]);
    expect(registerCsv(mine, at(12)).split('\r\n')).toEqual([
      'region,settlement,landmark,kind,status,reported,age_days,addressee,passed_on,fixed,office_settlement',
      'astana,Астана,Жол №5 мектептің артында,stray-dogs,reported,2026-03-02,10,,,,',
      '',
    ]);
  });
});

describeEachDatabase('the page-view counters', (database) => {
  const office = useOffice(database);
  const hit = { path: '/kk/', lang: 'kk' as const, source: 'site' as const, region: '' };

  it('adds views to the row of their day, path, lang, source and region, also when writes come at once', async () => {
    await Promise.all(Array.from({ length: 10 }, () => office().pageViews.add([{ hit, day: '2026-03-02', views: 2 }])));
    await office().pageViews.add([
      { hit: { ...hit, source: 'qr', region: 'abai' }, day: '2026-03-02', views: 1 },
      { hit, day: '2026-03-03', views: 1 },
    ]);
    expect(await office().pageViews.since('2026-03-01')).toEqual([
      { day: '2026-03-02', path: '/kk/', lang: 'kk', source: 'qr', region: 'abai', views: 1 },
      { day: '2026-03-02', path: '/kk/', lang: 'kk', source: 'site', region: '', views: 20 },
      { day: '2026-03-03', path: '/kk/', lang: 'kk', source: 'site', region: '', views: 1 },
    ]);
    expect(await office().pageViews.since('2026-03-03')).toHaveLength(1);
  });

  it('totals page views and widget views per month', async () => {
    await office().pageViews.add([
      { hit, day: '2026-02-28', views: 1 },
      { hit: { ...hit, source: 'widget', path: '/kk/11-14/', region: 'abai' }, day: '2026-03-01', views: 1 },
      { hit: { ...hit, source: 'iframe', path: '/embed/kk/11-14/' }, day: '2026-03-01', views: 1 },
    ]);
    expect(await office().pageViews.monthly('2026-01-01')).toEqual([
      { month: '2026-02', pageViews: 1, widgetViews: 0 },
      { month: '2026-03', pageViews: 1, widgetViews: 1 },
    ]);
  });
});

describe('the hit buffer', () => {
  it('sums views in memory and writes them in one go, and keeps them for the next try when the write fails', async () => {
    const written: PendingViews[][] = [];
    let failing = true;
    const buffer = createHitBuffer(
      {
        add: async (rows) => {
          if (failing) throw new Error('the disk is full');
          written.push(rows.map((row) => ({ ...row })));
        },
      },
      60_000,
    );
    const hit = { path: '/kk/', lang: 'kk' as const, source: 'site' as const, region: '' };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    buffer.count(hit, '2026-03-02');
    buffer.count(hit, '2026-03-02');
    await buffer.flush();
    expect(errors).toHaveBeenCalledWith('Writing page views failed: the disk is full');
    failing = false;
    buffer.count(hit, '2026-03-02');
    buffer.count({ ...hit, source: 'qr' }, '2026-03-02');
    await buffer.flush();
    expect(written).toEqual([
      [
        { hit, day: '2026-03-02', views: 3 },
        { hit: { ...hit, source: 'qr' }, day: '2026-03-02', views: 1 },
      ],
    ]);
    errors.mockRestore();
  });
});
