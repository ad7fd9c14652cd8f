/**
 * One-time views and submission keys in the store, on every database: a view opens once and for
 * at most ten minutes, expired rows are swept, the rows alone reveal nothing, and one submission
 * key files one report however often and however fast it is posted.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/report';
import { createOneTimeViewService, newViewToken, VIEW_LIFETIME_MS, type OneTimeViewService } from '../../../src/server/help/one-time-view';
import { fileReportOnce } from '../../../src/server/help/report-once';
import { newSubmissionKey, viewTokenOfSubmission } from '../../../src/server/help/submission-key';
import { createReportService } from '../../../src/server/reports';
import type { Services } from '../../../src/server/services';
import { createOfficeStores, openDb, type OfficeStores } from '../../../src/server/store';
import { doOnce } from '../../../src/server/submission-once';
import type { Db } from '../../../src/server/db/types';
import { describeEachDatabase, type CreatedDatabase } from '../../support/databases';

const KEY = Buffer.from('v'.repeat(64));
const MESSAGE = 'Мені сыныпта күнде мазақ етеді, не істеймін?';
const report: Report = { region: 'astana', category: 'bullying', message: MESSAGE, lang: 'kk', followUp: true, urgent: false };

describeEachDatabase('one-time views and submission keys', (database) => {
  let created: CreatedDatabase;
  let db: Db;
  let office: OfficeStores;
  let now: Date;
  let views: OneTimeViewService;
  let services: Services;

  beforeEach(async () => {
    created = await database.create();
    db = await openDb(created.location);
    office = createOfficeStores(db);
    now = new Date('2026-12-07T10:00:00Z');
    views = createOneTimeViewService(office.oneTimeViews, () => now);
    // The parts of the server's services the report form uses, on this database and clock.
    services = {
      reports: createReportService(office.reports, KEY, () => now),
      office,
      views,
      submissionViewToken: (key: string) => viewTokenOfSubmission(KEY, key),
    } as unknown as Services;
  });

  afterEach(async () => {
    await db.close();
    await created.cleanup();
  });

  const rows = async (table: string) => Number((await db.get(`SELECT COUNT(*) AS n FROM ${table}`))?.['n']);
  const minutesLater = (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000));

  it('opens a view once: the second look, as after Back or Reload, finds nothing', async () => {
    const token = newViewToken();
    await views.issue('case', token, { show: 'case', caseCode: '1234 5678 1234 5678' });
    expect(await views.open('case', token)).toEqual({ show: 'case', caseCode: '1234 5678 1234 5678' });
    expect(await views.open('case', token)).toBeUndefined();
    expect(await rows('one_time_views')).toBe(0);
  });

  it('opens for one of two requests that ask at the same moment, never for both', async () => {
    const token = newViewToken();
    await views.issue('report-sent', token, { caseCode: '1111 2222 3333 4444' });
    const opened = await Promise.all([views.open('report-sent', token), views.open('report-sent', token), views.open('report-sent', token)]);
    expect(opened.filter(Boolean)).toHaveLength(1);
  });

  it('opens nothing ten minutes after it was made, and the sweep deletes what expired', async () => {
    const late = newViewToken();
    const early = newViewToken();
    await views.issue('report-sent', late, { caseCode: '1111 2222 3333 4444' });
    minutesLater(9);
    await views.issue('report-sent', early, { caseCode: '5555 6666 7777 8888' });
    minutesLater(1);
    expect(VIEW_LIFETIME_MS).toBe(10 * 60_000);
    expect(await views.open('report-sent', late)).toBeUndefined();
    expect(await rows('one_time_views')).toBe(1);
    minutesLater(10);
    expect(await views.sweep()).toBe(1);
    expect(await rows('one_time_views')).toBe(0);
    expect(await views.open('report-sent', early)).toBeUndefined();
  });

  it('sweeps expired views whenever a new one is made, so none lingers until the hourly sweep', async () => {
    await views.issue('case', newViewToken(), { show: 'erased' });
    minutesLater(11);
    await views.issue('case', newViewToken(), { show: 'erased' });
    expect(await rows('one_time_views')).toBe(1);
  });

  it('opens only with its own token and for its own page', async () => {
    const token = newViewToken();
    await views.issue('case', token, { show: 'erased' });
    expect(await views.open('case', newViewToken())).toBeUndefined();
    expect(await views.open('report-sent', token)).toBeUndefined();
    // A view asked for as the wrong page is used up all the same: it never opens twice.
    expect(await views.open('case', token)).toBeUndefined();
  });

  it("keeps in the database neither the token nor the code nor the child's words, only a hash and a sealed text", async () => {
    const token = newViewToken();
    const code = '9876 5432 1098 7654';
    await views.issue('case', token, { show: 'case', caseCode: code, notice: 'invalid-reply', reply: { error: 'tooShort', text: MESSAGE } });
    const held = await created.held();
    for (const secret of [token, code, code.replace(/ /g, ''), MESSAGE]) expect(held.includes(Buffer.from(secret)), secret).toBe(false);
    expect(await views.open('case', token)).toMatchObject({ caseCode: code, reply: { text: MESSAGE } });
  });

  it('files one report for one submission key posted twice, and both posts get the same view, which opens once', async () => {
    const key = newSubmissionKey();
    const first = await fileReportOnce(services, report, key);
    const second = await fileReportOnce(services, report, key);
    expect(first.duplicate).toBe(false);
    expect(second).toEqual({ token: first.token, duplicate: true });
    expect(await rows('reports')).toBe(1);
    expect(await views.open('report-sent', second.token)).toMatchObject({
      region: 'astana',
      urgent: false,
      caseCode: expect.stringMatching(/^\d{4} \d{4} \d{4} \d{4}$/),
    });
    expect(await views.open('report-sent', first.token)).toBeUndefined();
  });

  it('files one report when the same key arrives many times at once', async () => {
    const key = newSubmissionKey();
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => fileReportOnce(services, report, key)));
    expect(outcomes.filter((outcome) => !outcome.duplicate)).toHaveLength(1);
    expect(await rows('reports')).toBe(1);
    expect(await rows('submission_keys')).toBe(1);
  });

  it('files a report for each of two keys, and for posts without a key', async () => {
    await fileReportOnce(services, report, newSubmissionKey());
    await fileReportOnce(services, report, newSubmissionKey());
    await fileReportOnce(services, report, undefined);
    await fileReportOnce(services, report, undefined);
    expect(await rows('reports')).toBe(4);
  });

  it('leaves a key unused when its report could not be stored, so the retry files it', async () => {
    const key = newSubmissionKey();
    const gone = new AbortController();
    gone.abort();
    await expect(fileReportOnce(services, report, key, gone.signal)).rejects.toThrow();
    expect(await rows('reports')).toBe(0);
    expect(await rows('one_time_views')).toBe(0);
    expect((await fileReportOnce(services, report, key)).duplicate).toBe(false);
    expect(await rows('reports')).toBe(1);
  });

  it('keeps a used key a day and sweeps it after', async () => {
    const key = newSubmissionKey();
    expect(
      (
        await doOnce(
          office.submissionKeys,
          key,
          async () => 'done',
          () => true,
        )
      ).duplicate,
    ).toBe(false);
    expect(
      (
        await doOnce(
          office.submissionKeys,
          key,
          async () => 'done',
          () => true,
        )
      ).duplicate,
    ).toBe(true);
    expect(await office.submissionKeys.sweep(new Date(Date.now() + 23 * 3_600_000))).toBe(0);
    expect(await office.submissionKeys.sweep(new Date(Date.now() + 25 * 3_600_000))).toBe(1);
  });

  it('gives a key back when its work did nothing or failed, so the form can be sent again', async () => {
    const key = newSubmissionKey();
    expect(
      await doOnce(
        office.submissionKeys,
        key,
        async () => 'refused',
        (result) => result === 'done',
      ),
    ).toEqual({ duplicate: false, result: 'refused' });
    await expect(
      doOnce(
        office.submissionKeys,
        key,
        () => Promise.reject(new Error('database away')),
        () => true,
      ),
    ).rejects.toThrow('database away');
    expect(
      await doOnce(
        office.submissionKeys,
        key,
        async () => 'done',
        (result) => result === 'done',
      ),
    ).toEqual({ duplicate: false, result: 'done' });
    expect(
      (
        await doOnce(
          office.submissionKeys,
          key,
          async () => 'done',
          () => true,
        )
      ).duplicate,
    ).toBe(true);
  });
});
