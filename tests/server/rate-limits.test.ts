/** The rate limits, on a server that has them on (the default). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aReport, startServer, type RunningServer } from './server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

describe('the rate limits', () => {
  it('answer 429 with Retry-After once a client has sent too many reports, in JSON and on the form', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await server.post('/api/reports', aReport({ followUp: false }))).status);
    expect(statuses.slice(0, 20).every((status) => status === 201)).toBe(true);

    const limited = await server.post('/api/reports', aReport());
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { code: 'rate-limited' } });

    const form = await server.post('/ru/help/', new URLSearchParams({ ...aReport(), followUp: 'yes' } as Record<string, string>).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(429);
    expect(Number(form.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await form.text()).toContain('111');
  });

  it('count case lookups apart from reports', async () => {
    const response = await server.post('/api/reports/case', { caseCode: '1111 2222 3333 4444' });
    expect(response.status).toBe(404);
  });
});

describe('counting page views', () => {
  it('answers 429 with Retry-After once one client has sent too many hits', async () => {
    const hit = () =>
      server.post('/api/hits', { path: '/ru/', lang: 'ru', source: 'site' }, { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36' });
    // In waves of 50, as a school's pages would: one address may not hold more than a few hundred
    // connections at once (the connection cap of docs/privacy.md), and this test is about the count.
    const statuses: number[] = [];
    for (let wave = 0; wave < 12; wave++) statuses.push(...(await Promise.all(Array.from({ length: 50 }, async () => (await hit()).status))));
    expect(statuses.every((status) => status === 204)).toBe(true);
    const limited = await hit();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { code: 'rate-limited' } });
  });
});

describe('signing in to the inbox', () => {
  it('answers 429 once one client has tried to sign in too often, whatever the accounts', async () => {
    const attempt = (name: string) =>
      server.post('/admin/login/', new URLSearchParams({ username: name, password: 'wrong-password-123' }).toString(), {
        'content-type': 'application/x-www-form-urlencoded',
      });
    for (let i = 0; i < 20; i++) expect((await attempt(`nobody-${i}`)).status).toBe(401);
    const limited = await attempt('nobody-else');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
