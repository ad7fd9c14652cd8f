/**
 * What the office keeps and shows, on the real server and every database: the place fields and
 * every field the office types under the text rules (400, never 500), the largest valid report
 * accepted, the child's place text gone from the database files once the case is erased, the
 * Safe region page showing only the office's settlement, every view of a case audited, sessions
 * ending 12 hours after login, and a flood of junk "urgent" reports that cannot bury a real one.
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { QUEUE_PAGE_SIZE } from '../../src/server/store/inbox';
import { createOfficeStores, openDb, type OfficeStores } from '../../src/server/store';
import type { Db } from '../../src/server/db/types';
import { describeEachDatabase, type CreatedDatabase } from '../support/databases';
import { addUser, PASSWORD } from '../support/office';
import { aReport, databaseFor, startServer, type RunningServer } from './server';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 });

const BAD = { NUL: '\u0000', ESC: '\u001b[31m', RLO: '\u202e' } as const;
const PLACE = { settlement: 'Переметное', landmark: 'Бұрылыстағы аялдаманың артындағы жол', kind: 'no-light' };
const unsafePlace = (place: Record<string, string> = PLACE, overrides: Record<string, unknown> = {}) =>
  aReport({ region: 'west-kazakhstan', category: 'unsafe-place', message: 'Мектепке баратын жол қараңғы, қорқамын', place, ...overrides });
const FIXED = {
  intent: 'safe-region',
  status: 'fixed',
  settlement: 'Переметное ауылы',
  addressee: 'Бәйтерек ауданының әкімдігі',
  passedOn: '2026-03-05',
  publicNoteKk: 'Аялдама жанындағы жолға шам орнатылды.',
  publicNoteRu: 'У остановки поставили фонари.',
};
/** Every character of a JSON text written as `\uXXXX`: the most bytes a valid JSON body can take per character. */
const escapeAll = (json: string) =>
  json.replace(
    /"([^"\\]*)"/g,
    (_match, inner: string) => `"${Array.from({ length: inner.length }, (_, i) => `\\u${inner.charCodeAt(i).toString(16).padStart(4, '0')}`).join('')}"`,
  );

describeEachDatabase('what the office keeps and shows', (testDatabase) => {
  let server: RunningServer;
  let database: CreatedDatabase | undefined;
  let db: Db;
  let office: OfficeStores;

  beforeAll(async () => {
    database = await databaseFor(testDatabase);
    server = await startServer({ database, env: { TRUST_PROXY: '1' } });
    db = await openDb(database?.location ?? { kind: 'sqlite', path: `${server.dataDir}/zanbala.db` });
    office = createOfficeStores(db);
  });
  afterAll(async () => {
    await office?.reports.close();
    await server?.stop();
    await database?.cleanup();
  });

  let addresses = 0;
  /** Each call from an address of its own, so the report limits of one test do not touch the next. */
  const fresh = () => ({ 'x-forwarded-for': `192.0.2.${++addresses}` });
  const send = (body: unknown) => server.post('/api/reports', body, fresh());

  async function signIn(regions = ['west-kazakhstan', 'astana']): Promise<string> {
    const name = `moderator-${Math.random().toString(36).slice(2, 8)}`;
    await addUser(office, name, 'moderator', regions);
    const response = await fetch(`${server.origin}/admin/login/`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...fresh() },
      body: new URLSearchParams({ username: name, password: PASSWORD }).toString(),
    });
    expect(response.status).toBe(303);
    return response.headers.get('set-cookie')!.split(';')[0]!;
  }

  const page = (path: string, cookie: string) => fetch(`${server.origin}${path}`, { headers: { cookie }, redirect: 'manual' });
  const csrfOf = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)![1]!;
  async function postCase(id: string, cookie: string, fields: Record<string, string>) {
    const csrf = csrfOf(await (await page(`/admin/cases/${id}/`, cookie)).text());
    return fetch(`${server.origin}/admin/cases/${id}/`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf, ...fields }).toString(),
    });
  }
  /** The case id of the newest report of a category, as the inbox knows it. */
  const newestCase = async (category: string) => (await office.inbox.queue({ category }, { offset: 0, limit: 1000 })).at(-1)!.id;

  it('answers 400, never 500, to NUL, escape and a direction override in each place field, by API and by form', async () => {
    for (const [name, bad] of Object.entries(BAD)) {
      for (const field of ['settlement', 'landmark'] as const) {
        const response = await send(unsafePlace({ ...PLACE, [field]: `${PLACE[field]}${bad}` }));
        expect(response.status, `${name} in ${field}`).toBe(400);
        expect(await response.json()).toMatchObject({ error: { code: 'invalid', fields: { [`place.${field}`]: 'controlCharacters' } } });

        const form = await fetch(`${server.origin}/kk/help/`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...fresh() },
          body: new URLSearchParams({
            region: 'west-kazakhstan',
            category: 'unsafe-place',
            message: 'Мектепке баратын жол қараңғы, қорқамын',
            lang: 'kk',
            followUp: 'yes',
            'place.settlement': PLACE.settlement,
            'place.landmark': PLACE.landmark,
            'place.kind': PLACE.kind,
            [`place.${field}`]: `${PLACE[field]}${bad}`,
          }).toString(),
        });
        expect(form.status, `${name} in the form's ${field}`).toBe(400);
        // The form comes back with what was typed, and the error beside the field.
        expect(await form.text()).toContain('Мектепке баратын жол қараңғы, қорқамын');
      }
    }
    expect(await office.places.register({ region: 'west-kazakhstan' })).toEqual([]);
  });

  it('accepts the largest valid report with its place, in JSON written all in \\u escapes and as a form in three-byte letters', async () => {
    const largest = {
      region: 'west-kazakhstan',
      category: 'unsafe-place',
      message: 'я'.repeat(4998) + '😀',
      lang: 'kk',
      followUp: true,
      urgent: true,
      ageBand: '15-18',
      contact: 'ж'.repeat(200),
      place: { settlement: 'ө'.repeat(100), landmark: '😀'.repeat(150), kind: 'abandoned-building' },
    };
    const body = escapeAll(JSON.stringify(largest));
    expect(JSON.parse(body)).toEqual(largest);
    const json = await server.post('/api/reports', body, fresh());
    expect(json.status, await json.clone().text()).toBe(201);

    const form = await fetch(`${server.origin}/ru/help/`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...fresh() },
      body: new URLSearchParams({
        region: 'west-kazakhstan',
        category: 'unsafe-place',
        message: '漢'.repeat(5000),
        lang: 'ru',
        followUp: 'yes',
        urgent: 'on',
        ageBand: '15-18',
        contact: '漢'.repeat(200),
        'place.settlement': '漢'.repeat(100),
        'place.landmark': '漢'.repeat(300),
        'place.kind': 'other',
      }).toString(),
    });
    expect(form.status).toBeLessThan(400);
    const stored = await office.places.register({ region: 'west-kazakhstan' });
    expect(stored.map((place) => place.landmark)).toEqual(['😀'.repeat(150), '漢'.repeat(300)]);
  });

  it('answers 400, never 500, to NUL, escape and a direction override in every field the office types, and keeps the text', async () => {
    const sent = await send(unsafePlace());
    expect(sent.status).toBe(201);
    const id = await newestCase('unsafe-place');
    const cookie = await signIn();
    for (const [name, bad] of Object.entries(BAD)) {
      for (const field of ['settlement', 'addressee', 'publicNoteKk', 'publicNoteRu'] as const) {
        const typed = `${FIXED[field]}${bad}`;
        const response = await postCase(id, cookie, { ...FIXED, [field]: typed });
        expect(response.status, `${name} in ${field}`).toBe(400);
        const html = await response.text();
        expect(html).toContain('U+202E');
        expect(html).toContain(FIXED.publicNoteKk.slice(0, 20));
      }
      for (const intent of ['note', 'reply']) {
        const response = await postCase(id, cookie, { intent, text: `Тексеріп жатырмыз${bad}` });
        expect(response.status, `${name} in a ${intent}`).toBe(400);
        expect(await response.text()).toContain('Тексеріп жатырмыз');
      }
      const login = await fetch(`${server.origin}/admin/login/`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...fresh() },
        body: new URLSearchParams({ username: `aigerim${bad}`, password: PASSWORD }).toString(),
      });
      expect(login.status, `${name} in a login name`).toBe(401);
    }
    expect((await page(`/admin/cases/${encodeURIComponent('\u0000')}/`, cookie)).status).toBe(404);
    expect((await page('/admin/safe-region/?region=%00', cookie)).status).toBe(200);
    expect((await office.places.ofReport(id))?.status).toBe('reported');
    expect(server.output()).not.toContain('invalid byte sequence');
    expect(server.output()).not.toContain('Internal Server Error');
  });

  it('erases what the child typed of a place from the database files, keeps what the office wrote, and shows the public only that', async () => {
    const settlement = 'Маркерауыл Қызылжар';
    const landmark = 'Маркер бағдар: ескі диірменнің артындағы шұңқыр';
    const sent = await send(unsafePlace({ settlement, landmark, kind: 'abandoned-building' }));
    const { caseCode } = (await sent.json()) as { caseCode: string };
    const id = await newestCase('unsafe-place');
    const cookie = await signIn();
    expect((await postCase(id, cookie, { ...FIXED, settlement: 'Қызылжар ауылы' })).status).toBe(303);
    for (const path of ['/kk/safe-region/', '/ru/safe-region/west-kazakhstan/']) {
      const html = await (await fetch(`${server.origin}${path}`)).text();
      expect(html).toContain('Қызылжар ауылы');
      expect(html, path).not.toContain('Маркер');
    }
    const before = await server.storedBytes();
    expect(before.includes(Buffer.from(landmark)), 'the landmark is stored at first').toBe(true);

    const erase = await server.post('/api/reports/case/erase', { caseCode }, fresh());
    expect(erase.status).toBe(200);
    const after = await server.storedBytes();
    for (const text of [settlement, landmark, 'Маркер']) {
      expect(after.includes(Buffer.from(text)), `${text} in the database files`).toBe(false);
    }
    const kept = (await office.places.register({ region: 'west-kazakhstan' })).find((place) => place.officeSettlement === 'Қызылжар ауылы');
    expect(kept).toMatchObject({ reportId: undefined, settlement: '', landmark: '', kind: 'abandoned-building', status: 'fixed', addressee: FIXED.addressee });
    const csv = await (await page('/admin/safe-region/export?status=fixed', cookie)).text();
    expect(csv).toContain('Қызылжар ауылы');
    expect(csv).not.toContain('Маркер');
    const html = await (await fetch(`${server.origin}/kk/safe-region/`)).text();
    expect(html).toContain('Қызылжар ауылы');
  });

  it('audits every view of a case, whatever the query string', async () => {
    await send(aReport({ category: 'neglect' }));
    const id = await newestCase('neglect');
    const cookie = await signIn();
    const views = async () => (await office.audit.latest(1000)).filter((entry) => entry.action === 'view' && entry.target === id).length;
    for (const query of ['', '?done=noted', '?done=replied&x=1', '?anything']) {
      const before = await views();
      expect((await page(`/admin/cases/${id}/${query}`, cookie)).status).toBe(200);
      expect(await views(), `a view with "${query}"`).toBe(before + 1);
    }
  });

  it('refuses a session 12 hours after its login, however recently it was used', async () => {
    const cookie = await signIn();
    expect((await page('/admin/', cookie)).status).toBe(200);
    const thirteenHoursAgo = new Date(Date.now() - 13 * 3_600_000).toISOString();
    await db.run('UPDATE sessions SET created_at = ?', [thirteenHoursAgo]);
    const refused = await page('/admin/', cookie);
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toBe('/admin/login/');
  });

  it('shows a real urgent report filed after 700 junk urgent ones from 35 addresses on the first screen, and closes the flood in bulk', async () => {
    const junk = aReport({ region: 'astana', category: 'other', message: 'Срочно! Срочно! Срочно! Помогите срочно!', urgent: true, followUp: false });
    const statuses = new Map<number, number>();
    await Promise.all(
      Array.from({ length: 35 }, async (_, client) => {
        for (let i = 0; i < 20; i++) {
          const response = await server.post('/api/reports', junk, { 'x-forwarded-for': `198.51.100.${client + 1}` });
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          await response.body?.cancel();
        }
      }),
    );
    expect(
      [...statuses.keys()].every((status) => status === 201 || status === 429),
      JSON.stringify([...statuses]),
    ).toBe(true);
    const accepted = statuses.get(201) ?? 0;
    // From half the overall ceiling (600 a minute) on, a client must do a proof of work, which a
    // junk sender here does not: the rest get 429. Whatever got in must not bury the real one.
    expect(accepted).toBeGreaterThan(200);
    const real = await server.post(
      '/api/reports',
      aReport({ region: 'astana', category: 'violence-home', message: 'Отчим бьёт меня и брата, сегодня опять пришёл пьяный', urgent: true, lang: 'ru' }),
      { 'x-forwarded-for': '203.0.113.200' },
    );
    expect(real.status).toBe(201);
    const realId = await newestCase('violence-home');

    const cookie = await signIn(['astana']);
    const queue = await (await page('/admin/', cookie)).text();
    const rows = [...queue.matchAll(/<tr data-case-id="([^"]+)"[^>]*>/g)].map((match) => ({
      id: match[1]!,
      urgent: match[0].includes('data-urgent="true"'),
      flood: match[0].includes('data-suspected-flood'),
    }));
    expect(rows).toHaveLength(QUEUE_PAGE_SIZE);
    const shown = rows.find((row) => row.id === realId);
    expect(shown, 'the real report on the first screen').toEqual({ id: realId, urgent: true, flood: false });
    // Before it only each junk address's first report, which a child writing once cannot be told from.
    expect(rows.filter((row) => row.urgent && !row.flood).length).toBeLessThanOrEqual(36);
    const flagged = (await office.inbox.queue({ category: 'other' }, { offset: 0, limit: 1000 })).filter((item) => item.suspectedFlood).length;
    expect(flagged).toBeGreaterThanOrEqual(accepted - 35);
    expect((await office.audit.latest(1000)).filter((entry) => entry.action === 'flood-start' && entry.target === 'astana')).toHaveLength(1);

    const flood = /data-flood="([^"]+)"/.exec(queue)![1]!;
    const close = await fetch(`${server.origin}/admin/floods/`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: csrfOf(queue), flood }).toString(),
    });
    expect(close.status).toBe(303);
    expect(close.headers.get('location')).toBe(`/admin/?floodClosed=${flagged}`);
    const [entry] = (await office.audit.latest(1000)).filter((item) => item.action === 'flood-close');
    expect(entry).toMatchObject({ target: 'astana', detail: expect.stringMatching(new RegExp(`^${flagged} reports of the flood from `)) });
    const left = await office.inbox.queue({ region: 'astana' }, { offset: 0, limit: 1000 });
    expect(left.some((item) => item.suspectedFlood)).toBe(false);
    expect(left.find((item) => item.id === realId)).toMatchObject({ status: 'received', urgent: true });
    expect(server.output()).not.toContain('Срочно');
  });
});
