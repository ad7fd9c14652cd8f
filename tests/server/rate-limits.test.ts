/**
 * The rate limits, on a server that has them on (the default), on every database: past a limit a
 * child keeps every word and can send it at once after a small proof of work (docs/privacy.md);
 * only a client that will not do it is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/server/rate-limit';
import { describeEachDatabase, type CreatedDatabase } from '../support/databases';
import { challengeOnPage, solveProof } from '../support/proof-of-work';
import { aReport, aReportForm, databaseFor, startServer, type RunningServer } from './server';
import { almatyDay } from '../../src/lib/reach';
import { FLUSH_EVERY_MS } from '../../src/server/reach/hit-buffer';
import { createOfficeStores, openDb, type OfficeStores } from '../../src/server/store';
import { inParallel } from '../support/parallel';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const BROWSER = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36' };

describeEachDatabase('the rate limits', (testDatabase) => {
  let server: RunningServer;
  let database: CreatedDatabase | undefined;
  beforeAll(async () => {
    database = await databaseFor(testDatabase);
    server = await startServer({ database, env: { TRUST_PROXY: '1' } });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.cleanup();
  });
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const fill = async (address: string, count: number) => {
    for (let i = 0; i < count; i++) expect((await server.post('/api/reports', aReport({ followUp: false }), from(address))).status).toBe(201);
  };

  it('ask the 21st report of an hour from one address for a proof of work, and take it once it is done', { timeout: 60_000 }, async () => {
    const school = '198.51.100.21';
    await fill(school, LIMITS.reports.perClient.max);

    const limited = await server.post('/api/reports', aReport(), from(school));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(60);
    // The error keeps the one shape of every error; the challenge comes in a header.
    const body = (await limited.json()) as { error: Record<string, unknown> };
    expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
    expect(body.error['code']).toBe('rate-limited');
    const challenge = limited.headers.get('x-altcha-challenge');
    expect(challenge).toBeTruthy();

    const proof = await solveProof(challenge!);
    const sent = await server.post('/api/reports', aReport(), { ...from(school), 'x-altcha': proof });
    expect(sent.status).toBe(201);
    expect(await sent.json()).toMatchObject({ caseCode: expect.any(String) });
    // A proof is spent once; in the body's `altcha` field a new one works as well.
    expect((await server.post('/api/reports', aReport(), { ...from(school), 'x-altcha': proof })).status).toBe(429);
    const again = await server.post('/api/reports', aReport(), from(school));
    const inBody = await server.post('/api/reports', aReport({ altcha: await solveProof(again.headers.get('x-altcha-challenge')!) }), from(school));
    expect(inBody.status).toBe(201);
    // Another address of the same IPv4 /24 is another client.
    expect((await server.post('/api/reports', aReport(), from('198.51.100.22'))).status).toBe(201);
  });

  it('give the no-JS form back with every word, the minutes to wait, 111 and 112, and a proof of work that sends it', { timeout: 60_000 }, async () => {
    const school = '198.51.100.31';
    await fill(school, LIMITS.reports.perClient.max);
    const words = 'Бізде сыныпта бір баланы күнде ұрып жүр, мұғалімге айтуға қорқамын. Көмектесіңізші!';
    const fields = aReportForm({ lang: 'kk', message: words, contact: 'телеграм @bala', urgent: 'on' });
    const post = (extra: Record<string, string> = {}) =>
      fetch(`${server.origin}/kk/help/`, {
        method: 'POST',
        headers: { ...FORM, ...from(school) },
        body: new URLSearchParams({ ...fields, ...extra }).toString(),
        redirect: 'manual',
      });

    const limited = await post();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(60);
    const page = await limited.text();
    expect(page).toContain(`>${words}</textarea>`);
    expect(page).toContain('value="телеграм @bala"');
    expect(page).toMatch(/name="urgent"[^>]*checked/);
    expect(page).toMatch(/\d+ минуттан кейін/);
    expect(page).toContain('href="tel:111"');
    expect(page).toContain('href="tel:112"');
    expect(page).toContain('data-limit-notice');

    const challenge = challengeOnPage(page);
    expect(challenge).toBeTruthy();
    // The widget's script and style load only where the work is asked for.
    expect(page).toMatch(/<script[^>]+src="\/_astro\/ProofOfWork[^"]*\.js"/);
    expect(await (await fetch(`${server.origin}/kk/help/`)).text()).not.toMatch(/altcha|ProofOfWork/i);
    const sent = await post({ altcha: await solveProof(challenge!) });
    expect(sent.status).not.toBe(429);
    expect([200, 303]).toContain(sent.status);
  });

  it('give the case page back with the code and the reply past the lookups limit, and send the reply after the proof', { timeout: 60_000 }, async () => {
    const child = '203.0.113.41';
    const { caseCode } = (await (await server.post('/api/reports', aReport(), from('203.0.113.40'))).json()) as { caseCode: string };
    for (let i = 0; i < LIMITS.caseLookups.perClient.max; i++) await server.post('/api/reports/case', { caseCode: '1111 2222 3333 4444' }, from(child));
    const reply = 'Рахмет! Бүгін тағы болды, мектептен кейін.';
    const post = (extra: Record<string, string> = {}) =>
      fetch(`${server.origin}/kk/help/case/`, {
        method: 'POST',
        headers: { ...FORM, ...from(child) },
        body: new URLSearchParams({ intent: 'reply', caseCode, text: reply, ...extra }).toString(),
        redirect: 'manual',
      });
    const limited = await post();
    expect(limited.status).toBe(429);
    const page = await limited.text();
    expect(page).toContain(`value="${caseCode}"`);
    expect(page).toContain(`>${reply}</textarea>`);
    expect(page).toContain('href="tel:111"');

    const sent = await post({ altcha: await solveProof(challengeOnPage(page)!) });
    expect([200, 303]).toContain(sent.status);
    const opened = (await (await server.post('/api/reports/case', { caseCode }, from('203.0.113.42'))).json()) as { messages: { text: string }[] };
    expect(opened.messages.map((message) => message.text)).toContain(reply);
  });
});

describeEachDatabase('page views under a flood', (testDatabase) => {
  let server: RunningServer;
  let database: CreatedDatabase | undefined;
  let office: OfficeStores;
  beforeAll(async () => {
    database = await databaseFor(testDatabase);
    server = await startServer({ database, env: { TRUST_PROXY: '1' } });
    office = createOfficeStores(await openDb(database?.location ?? { kind: 'sqlite', path: `${server.dataDir}/zanbala.db` }));
  });
  afterAll(async () => {
    await office?.reports.close();
    await server?.stop();
    await database?.cleanup();
  });
  const hit = async (address: string, path = '/kk/') => {
    const response = await server.post('/api/hits', { path, lang: 'kk', source: 'site' }, { ...BROWSER, 'x-forwarded-for': address });
    await response.arrayBuffer();
    return response.status;
  };
  const views = async (path: string) => {
    await new Promise((resolve) => setTimeout(resolve, FLUSH_EVERY_MS + 1000));
    return (await office.pageViews.since(almatyDay(new Date()))).filter((row) => row.path === path).reduce((sum, row) => sum + row.views, 0);
  };

  it('limit one network as well as each address in it', { timeout: 120_000 }, async () => {
    const { perClient } = LIMITS.hitNetworks;
    // Three addresses of one /24, each within its own limit, are over the network's together.
    const tasks = Array.from({ length: perClient.max + 30 }, (_, i) => () => hit(`192.0.2.${10 + (i % 3)}`, '/kk/search/'));
    const statuses = await inParallel(tasks, 16);
    expect(statuses.filter((status) => status === 204)).toHaveLength(perClient.max);
    expect(statuses.filter((status) => status === 429)).toHaveLength(30);
    expect(await hit('192.0.2.99', '/kk/search/')).toBe(429);
    expect(await hit('192.0.3.1', '/kk/search/')).toBe(204);
    expect(await views('/kk/search/')).toBe(perClient.max + 1);
  });

  it('count a reader whatever a flood of refused and accepted hits did to the ceiling', { timeout: 180_000 }, async () => {
    const { perClient, overall } = LIMITS.hits;
    const flooders = Math.ceil(overall.max / perClient.max) + 1;
    const tasks = Array.from({ length: flooders * (perClient.max + 20) }, (_, i) => () => hit(`198.18.${i % flooders}.1`, '/ru/'));
    await inParallel(tasks, 32);
    expect(await hit('198.18.0.1', '/ru/')).toBe(429);
    for (let reader = 0; reader < 5; reader++) expect(await hit(`203.0.113.${reader + 1}`, '/kk/schools/')).toBe(204);
    expect(await views('/kk/schools/')).toBe(5);
  });
});

describe('counting page views and signing in', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.stop());

  it('answers 429 with Retry-After once one client has sent too many hits', async () => {
    const hit = () => server.post('/api/hits', { path: '/ru/', lang: 'ru', source: 'site' }, BROWSER);
    // In waves of 50, as a school's pages would: one address may not hold more than a few hundred
    // connections at once (the connection cap of docs/privacy.md), and this test is about the count.
    const statuses: number[] = [];
    for (let wave = 0; wave < 12; wave++) statuses.push(...(await Promise.all(Array.from({ length: 50 }, async () => (await hit()).status))));
    expect(statuses.every((status) => status === 204)).toBe(true);
    const limited = await hit();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { code: 'rate-limited' } });
    expect(limited.headers.get('x-altcha-challenge')).toBeNull();
  });

  it('answers 429 once one client has tried to sign in too often, whatever the accounts', async () => {
    const attempt = (name: string) => server.post('/admin/login/', new URLSearchParams({ username: name, password: 'wrong-password-123' }).toString(), FORM);
    for (let i = 0; i < 20; i++) expect((await attempt(`nobody-${i}`)).status).toBe(401);
    const limited = await attempt('nobody-else');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
