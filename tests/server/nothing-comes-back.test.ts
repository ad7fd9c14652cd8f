/**
 * Promise 8 of docs/design.md on the real server, on every database: no case code, message or
 * one-time view token ever appears in a redirect's address, in the server's log, or in a
 * Referer another site could receive; the pages that show them are never kept by a browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase, type CreatedDatabase } from '../support/databases';
import { aReportForm, databaseFor, startServer, type RunningServer } from './server';

const MESSAGE = 'Мені сыныпта Әлішер күнде мазақ етеді, маркер-7731';
const REPLY = 'Рахмет, тағы бір маркер-8842';

interface Seen {
  /** Every Location header the server answered with. */
  locations: string[];
  /** Every view token handed out in a cookie. */
  tokens: string[];
  /** The case codes shown, grouped as on the page. */
  codes: string[];
  /** Every answer, for the headers all of them must carry. */
  responses: Response[];
  /** The HTML of every page that showed a code or a conversation. */
  pages: string[];
}

/** The origin the site was built for: canonical and language links name it. */
const publicOrigin = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };
const hiddenValue = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];

describeEachDatabase('nothing secret leaves the help pages', (testDatabase) => {
  let server: RunningServer;
  let database: CreatedDatabase | undefined;
  const seen: Seen = { locations: [], tokens: [], codes: [], responses: [], pages: [] };

  /** Posts a form as a browser without JavaScript would, keeping what the answer gave away. */
  async function post(path: string, fields: Record<string, string>): Promise<{ location: string; cookie: string }> {
    const response = await fetch(`${server.origin}${path}`, {
      method: 'POST',
      headers: formHeaders,
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
    seen.responses.push(response);
    expect(response.status, `${path} answers a post that did something with a redirect`).toBe(303);
    const location = response.headers.get('location') ?? '';
    const setCookie = response.headers.get('set-cookie') ?? '';
    seen.locations.push(location);
    const token = /zanbala_view=([^;]+)/.exec(setCookie)?.[1] ?? '';
    seen.tokens.push(token);
    return { location, cookie: `zanbala_view=${token}` };
  }

  /** Follows a redirect as the browser does, with the cookie. */
  async function view(location: string, cookie: string): Promise<string> {
    const response = await fetch(new URL(location, server.origin), { headers: { cookie }, redirect: 'manual' });
    seen.responses.push(response);
    expect(response.status).toBe(200);
    const html = await response.text();
    seen.pages.push(html);
    return html;
  }

  beforeAll(async () => {
    database = await databaseFor(testDatabase);
    server = await startServer({ database, env: { RATE_LIMIT: 'off' } });

    const form = await (await fetch(`${server.origin}/kk/help/?region=astana`)).text();
    const fields = aReportForm({ message: MESSAGE, urgent: 'on', submissionKey: hiddenValue(form, 'submissionKey')! });
    const sent = await post('/kk/help/', fields);
    const sentPage = await view(sent.location, sent.cookie);
    const code = /data-case-code[^>]*>(.*?)<\/p>/.exec(sentPage)![1]!.replace(/<[^>]+>/g, '');
    seen.codes.push(code);
    // The same form again, as a double tap or a resend: the same view, already seen.
    await post('/kk/help/', fields);

    const opened = await post('/kk/help/case/', { intent: 'open', caseCode: code });
    const casePage = await view(opened.location, opened.cookie);
    const replied = await post('/kk/help/case/', { intent: 'reply', caseCode: code, text: REPLY, submissionKey: hiddenValue(casePage, 'submissionKey')! });
    await view(replied.location, replied.cookie);
    const asked = await post('/ru/help/case/', { intent: 'erase-ask', caseCode: code });
    const confirm = await view(asked.location, asked.cookie);
    await post('/ru/help/case/', { intent: 'erase', caseCode: code, submissionKey: hiddenValue(confirm, 'submissionKey')! });
  });

  afterAll(async () => {
    await server?.stop();
    await database?.cleanup();
  });

  it('redirects every post to a fixed view address with nothing secret in it', () => {
    expect(seen.locations.length).toBeGreaterThanOrEqual(6);
    for (const location of seen.locations) expect(['/kk/help/sent/', '/kk/help/case/view/', '/ru/help/case/view/']).toContain(location);
    const secrets = [...seen.codes, ...seen.codes.map((code) => code.replace(/ /g, '')), ...seen.tokens, MESSAGE, REPLY, 'маркер'];
    for (const location of seen.locations) for (const secret of secrets) expect(decodeURIComponent(location)).not.toContain(secret);
  });

  it('hands the token only in a short-lived, script-proof cookie for the view page alone', () => {
    const cookies = seen.responses.map((response) => response.headers.get('set-cookie')).filter((cookie): cookie is string => Boolean(cookie));
    for (const cookie of cookies) {
      expect(cookie).toMatch(/^zanbala_view=[^;]*; Path=\/(kk|ru)\/help\/(sent|case\/view)\/; Max-Age=(600|0); HttpOnly; SameSite=Strict$/);
    }
    // Each view page deletes its cookie as it shows.
    expect(cookies.filter((cookie) => cookie.includes('Max-Age=0')).length).toBeGreaterThanOrEqual(4);
  });

  it('writes no code, message, reply or token to the log', () => {
    const output = server.output();
    for (const secret of [...seen.codes, ...seen.codes.map((code) => code.replace(/ /g, '')), ...seen.tokens.filter(Boolean), MESSAGE, REPLY, 'маркер']) {
      expect(output).not.toContain(secret);
    }
  });

  it('sends no referrer from any of these answers and lets no browser keep them', () => {
    for (const response of seen.responses) {
      expect(response.headers.get('referrer-policy'), response.url).toBe('no-referrer');
      expect(response.headers.get('cache-control'), response.url).toBe('no-store');
    }
  });

  it('leads nowhere else with a secret, and tells the browser to send no referrer to anyone', () => {
    expect(seen.pages.length).toBe(4);
    const secrets = [...seen.codes, ...seen.codes.map((code) => code.replace(/ /g, '')), ...seen.tokens.filter(Boolean)];
    for (const html of seen.pages) {
      expect(html).toContain('<meta name="referrer" content="no-referrer">');
      const links = [...html.matchAll(/<(?:a|link|script|img|form|iframe)\b[^>]*\s(?:href|src|action)="([^"]*)"[^>]*>/g)];
      expect(links.length).toBeGreaterThan(5);
      for (const [tag, url] of links) {
        for (const secret of secrets) expect(url).not.toContain(secret);
        const target = new URL(url!, server.origin);
        // tel: dials a number; our own origin, or the public one the build names in canonical links (SITE_URL), is ours.
        if (target.protocol === 'tel:' || [server.origin, publicOrigin].includes(target.origin)) continue;
        // The one way out is quick exit, a plain link that sends no referrer.
        expect(tag, url).toMatch(/\bdata-quick-exit\b/);
        expect(tag, url).toMatch(/\brel="[^"]*noreferrer/);
      }
    }
  });

  it('shows the code once: the view after it, and a second post of the same form, find the page closed', async () => {
    const [sent] = seen.locations;
    const again = await fetch(new URL(sent!, server.origin), { headers: { cookie: `zanbala_view=${seen.tokens[0]}` } });
    const html = await again.text();
    expect(html).toContain('data-view-closed');
    expect(html).not.toContain('data-case-code');
    expect(seen.tokens[1], 'the second post of one form gets the first one’s view').toBe(seen.tokens[0]);
  });
});

describe('the report API', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ env: { RATE_LIMIT: 'off' } });
  });
  afterAll(() => server?.stop());

  it('stores a report once per submission key, and answers a second post of it with 409', async () => {
    const report = { ...aReportForm(), followUp: true, submissionKey: 'api-client-key-0000000001' };
    const first = await server.post('/api/reports', report);
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ caseCode: expect.stringMatching(/^\d{4} \d{4} \d{4} \d{4}$/) });
    const second = await server.post('/api/reports', report);
    expect(second.status).toBe(409);
    expect(((await second.json()) as { error: { code: string } }).error.code).toBe('duplicate');
    expect((await server.post('/api/reports', { ...report, submissionKey: undefined })).status).toBe(201);
  });
});
