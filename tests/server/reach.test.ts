/**
 * Counting page views and the Safe region pages on the real server, on every database: what
 * `POST /api/hits` counts and refuses, what it keeps (nothing identifying), the export's numbers,
 * and the public pages, which show only what the office wrote for the public.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WIDGET_TOKEN_FILE } from '../../src/server/reach/widget-token';
import { almatyDay } from '../../src/lib/reach';
import { FLUSH_EVERY_MS } from '../../src/server/reach/hit-buffer';
import { createOfficeStores, openDb, type OfficeStores } from '../../src/server/store';
import { describeEachDatabase, type CreatedDatabase } from '../support/databases';
import { addUser, PASSWORD } from '../support/office';
import { aReport, databaseFor, startServer, type RunningServer } from './server';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const MARKED_AGENT = `${BROWSER} Kundelik/4.2 (phone-marked-0042)`;
const MARKED_ADDRESS = '203.0.113.77';
const CRAWLERS = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'TelegramBot (like TwitterBot)',
  'WhatsApp/2.23.20.0 A',
  'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatextlink.php)',
];

/** The widget's signature of the build the tests serve (src/integrations/widget-bundle.ts). */
const widgetToken = () => readFileSync(join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', WIDGET_TOKEN_FILE), 'utf8').trim();

describeEachDatabase('counting page views', (testDatabase) => {
  let server: RunningServer;
  let database: CreatedDatabase | undefined;
  let office: OfficeStores;
  const today = almatyDay(new Date());

  beforeAll(async () => {
    database = await databaseFor(testDatabase);
    server = await startServer({ database, env: { RATE_LIMIT: 'off' } });
    const db = await openDb(database?.location ?? { kind: 'sqlite', path: `${server.dataDir}/zanbala.db` });
    office = createOfficeStores(db);
  });
  afterAll(async () => {
    await office?.reports.close();
    await server?.stop();
    await database?.cleanup();
  });

  const hit = (body: unknown, headers: Record<string, string> = {}) =>
    server.post('/api/hits', body, { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': BROWSER, ...headers });
  /** The counters once the server has written what it holds (every FLUSH_EVERY_MS). */
  const viewsOf = async (path: string, source = 'site', region = '') => {
    await new Promise((resolve) => setTimeout(resolve, FLUSH_EVERY_MS + 1000));
    return (await office.pageViews.since(today)).find((row) => row.path === path && row.source === source && row.region === region)?.views ?? 0;
  };

  async function signIn(role: 'admin' | 'moderator' | 'analyst', regions: string[] = []): Promise<string> {
    const name = `${role}-${Math.random().toString(36).slice(2, 8)}`;
    await addUser(office, name, role, regions);
    const response = await fetch(`${server.origin}/admin/login/`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: name, password: PASSWORD }).toString(),
    });
    expect(response.status).toBe(303);
    return response.headers.get('set-cookie')!.split(';')[0]!;
  }

  it('counts each view as one, on the row of its day, path, lang, source and region, and sets no cookie', async () => {
    const first = await hit({ path: '/kk/help/', lang: 'kk', source: 'qr', region: 'abai' });
    expect(first.status).toBe(204);
    expect(first.headers.get('set-cookie')).toBeNull();
    await hit({ path: '/kk/help/', lang: 'kk', source: 'qr', region: 'abai' });
    await server.post('/api/hits', { path: '/ru/', lang: 'ru', source: 'site' }, { 'user-agent': BROWSER });
    expect(await viewsOf('/kk/help/', 'qr', 'abai')).toBe(2);
    expect(await viewsOf('/ru/')).toBe(1);
  });

  it('does not count crawlers and link previews', async () => {
    const path = '/ru/topics/';
    for (const agent of CRAWLERS) expect((await hit({ path, lang: 'ru', source: 'site' }, { 'user-agent': agent })).status).toBe(204);
    expect(await viewsOf(path)).toBe(0);
  });

  it('refuses unknown paths and regions, big or broken bodies, other methods, and other sites but the widget', async () => {
    const refused = async (response: Response, status: number, code: string) => {
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ error: { code } });
    };
    await refused(await hit({ path: '/kk/articles/no-such-lesson/', lang: 'kk', source: 'site' }), 400, 'unknown-path');
    await refused(await hit({ path: '/kk/help/', lang: 'kk', source: 'site', region: 'atlantis' }), 400, 'unknown-region');
    await refused(await hit({ path: '/kk/', lang: 'kk', source: 'site', padding: 'x'.repeat(1100) }), 413, 'too-large');
    await refused(await hit('{"path": "/kk/"'), 400, 'invalid');
    await refused(
      await hit({ path: '/kk/', lang: 'kk', source: 'site' }, { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
      'unsupported-media-type',
    );
    await refused(await fetch(`${server.origin}/api/hits`), 405, 'method-not-allowed');
    await refused(
      await hit({ path: '/kk/schools/', lang: 'kk', source: 'site' }, { 'sec-fetch-site': 'cross-site', origin: 'https://school.example' }),
      403,
      'cross-origin',
    );
    expect(await viewsOf('/kk/schools/')).toBe(0);

    const fromSchool = { 'sec-fetch-site': 'cross-site', origin: 'https://school.example' };
    const widget = await hit({ path: '/kk/11-14/', lang: 'kk', source: 'widget', region: 'abai', token: widgetToken() }, fromSchool);
    expect(widget.status).toBe(204);
    expect(await viewsOf('/kk/11-14/', 'widget', 'abai')).toBe(1);
  });

  it("does not count a widget view without the widget's signature, which any site could send", async () => {
    const fromAnywhere = { 'sec-fetch-site': 'cross-site', origin: 'https://inflate.example' };
    for (const token of [undefined, '', 'forged-token-0000000000000000000', widgetToken().slice(1)]) {
      expect(
        (await hit({ path: '/ru/7-10/', lang: 'ru', source: 'widget', region: 'astana', ...(token === undefined ? {} : { token }) }, fromAnywhere)).status,
      ).toBe(204);
    }
    expect(await viewsOf('/ru/7-10/', 'widget', 'astana')).toBe(0);
    await hit({ path: '/ru/7-10/', lang: 'ru', source: 'widget', region: 'astana', token: widgetToken() }, fromAnywhere);
    expect(await viewsOf('/ru/7-10/', 'widget', 'astana')).toBe(1);
  });

  it('keeps no address, user agent, referrer or time of day of a view', async () => {
    const marked = { 'user-agent': MARKED_AGENT, 'x-forwarded-for': MARKED_ADDRESS, referer: 'https://search.example/?q=zanbala-marked-referrer' };
    for (let i = 0; i < 3; i++) await hit({ path: '/kk/search/', lang: 'kk', source: 'site' }, marked);
    expect(await viewsOf('/kk/search/')).toBe(3);
    const stored = await server.storedBytes();
    for (const marker of ['phone-marked-0042', MARKED_ADDRESS, 'zanbala-marked-referrer', '127.0.0.1']) {
      expect(stored.includes(Buffer.from(marker)), `${marker} in the database`).toBe(false);
    }
    const columns = Object.keys((await office.pageViews.since(today))[0]!);
    expect(columns).toEqual(['day', 'path', 'lang', 'source', 'region', 'views']);
  });

  it('exports the counters as CSV to analysts and admins only, with the numbers counted', async () => {
    for (let i = 0; i < 4; i++) await hit({ path: '/ru/webinars/', lang: 'ru', source: 'print' }).catch(() => undefined);
    for (let i = 0; i < 3; i++) await hit({ path: '/ru/posters/', lang: 'ru', source: 'print', region: 'astana' });
    expect(await viewsOf('/ru/posters/', 'print', 'astana')).toBe(3);
    const analyst = await signIn('analyst');
    const response = await fetch(`${server.origin}/admin/reach/export`, { headers: { cookie: analyst } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('day,path,lang,source,region,views');
    expect(lines).toContain(`${today},/ru/posters/,ru,print,astana,3`);
    expect(lines).toContain(`${today},/kk/help/,kk,qr,abai,2`);
    expect(
      lines.some((line) => line.includes('/ru/webinars/')),
      'an unknown path is not counted',
    ).toBe(false);

    const page = await fetch(`${server.origin}/admin/reach/`, { headers: { cookie: analyst } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('data-bar-chart');
    const moderator = await signIn('moderator', ['astana']);
    expect((await fetch(`${server.origin}/admin/reach/export`, { headers: { cookie: moderator } })).status).toBe(403);
    expect((await fetch(`${server.origin}/admin/reach/export`, { redirect: 'manual' })).status).toBe(303);
  });

  it('shows the month totals of page views and widget views on the transparency page', async () => {
    const text = await (await fetch(`${server.origin}/ru/transparency/`)).text();
    expect(text).toContain('Просмотры страниц');
    expect(text).toContain('Просмотры виджета');
  });

  describe('the Safe region pages', () => {
    const CHILD_WORDS = 'Мен қорқамын, кеше сол жерде біреу артымнан жүрді';
    const LANDMARK = 'Сарайшық көшесі, 14-үйдің артындағы гараждар';

    it('show a fixed place with the public notes only, never the words, the case or the day', async () => {
      const report = aReport({
        region: 'west-kazakhstan',
        category: 'unsafe-place',
        message: CHILD_WORDS,
        place: { settlement: 'Орал', landmark: LANDMARK, kind: 'no-light' },
      });
      const sent = await server.post('/api/reports', report);
      expect(sent.status).toBe(201);
      const { caseCode } = (await sent.json()) as { caseCode: string };
      const [place] = await office.places.register({ region: 'west-kazakhstan' });
      const note = { kk: 'Гараждар жанындағы көшеге алты шам орнатылды.', ru: 'На улице у гаражей поставили шесть фонарей.' };
      await office.places.change(
        place!.id,
        { status: 'fixed', settlement: 'Орал', addressee: 'Орал қаласының әкімдігі', passedOn: '2026-03-05', publicNoteKk: note.kk, publicNoteRu: note.ru },
        new Date(),
      );

      for (const [lang, path] of [
        ['kk', '/kk/safe-region/'],
        ['ru', '/ru/safe-region/west-kazakhstan/'],
      ] as const) {
        const response = await fetch(`${server.origin}${path}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('set-cookie')).toBeNull();
        const html = await response.text();
        expect(html).toContain(note[lang]);
        expect(html).toContain('Орал');
        for (const secret of [CHILD_WORDS, LANDMARK, caseCode, caseCode.replace(/\D/g, ''), 'Орал қаласының әкімдігі', '2026-03-05', today]) {
          expect(html, `${secret} on ${path}`).not.toContain(secret);
        }
      }
      expect((await fetch(`${server.origin}/kk/safe-region/atlantis/`)).status).toBe(404);
    });

    it('refuse through the API a place that is incomplete, of an unknown kind, or in another category', async () => {
      const wrong = await server.post(
        '/api/reports',
        aReport({ region: 'west-kazakhstan', category: 'unsafe-place', place: { settlement: 'Орал', kind: 'potholes' } }),
      );
      expect(wrong.status).toBe(400);
      expect(await wrong.json()).toMatchObject({ error: { code: 'invalid', fields: { 'place.landmark': 'required', 'place.kind': 'unknownPlaceKind' } } });
      const elsewhere = await server.post('/api/reports', aReport({ place: { settlement: 'Орал', landmark: 'Мектеп жанында', kind: 'other' } }));
      expect(await elsewhere.json()).toMatchObject({ error: { fields: { place: 'placeOnlyUnsafePlace' } } });
    });

    it("give the register's CSV to the region's moderator, with the landmark, and nothing to another region's", async () => {
      const own = await signIn('moderator', ['west-kazakhstan']);
      const csv = await (await fetch(`${server.origin}/admin/safe-region/export?status=fixed`, { headers: { cookie: own } })).text();
      expect(csv.split('\r\n')[0]).toBe('region,settlement,landmark,kind,status,reported,age_days,addressee,passed_on,fixed,office_settlement');
      expect(csv).toContain(LANDMARK);
      const other = await signIn('moderator', ['astana']);
      const theirs = await (await fetch(`${server.origin}/admin/safe-region/export?region=west-kazakhstan`, { headers: { cookie: other } })).text();
      expect(theirs).not.toContain(LANDMARK);
      const analyst = await signIn('analyst');
      expect((await fetch(`${server.origin}/admin/safe-region/`, { headers: { cookie: analyst } })).status).toBe(403);
    });
  });
});
