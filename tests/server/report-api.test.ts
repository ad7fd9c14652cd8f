/** The report API of docs/design.md against the real server, on a real SQLite file and on PostgreSQL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/server/request-body';
import { describeEachDatabase, type CreatedDatabase } from '../support/databases';
import { aReport, databaseFor, startServer, type RunningServer } from './server';

const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error;

describeEachDatabase('the report API', (testDatabase) => {
  let server: RunningServer;
  let database: CreatedDatabase | undefined;
  beforeAll(async () => {
    database = await databaseFor(testDatabase);
    server = await startServer({ database, env: { RATE_LIMIT: 'off' } });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.cleanup();
  });

  describe('POST /api/reports', () => {
    it('answers 201 with a case code when the student wants an answer', async () => {
      const response = await server.post('/api/reports', aReport());
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ caseCode: expect.stringMatching(/^\d{4} \d{4} \d{4} \d{4}$/) });
    });

    it('answers 201 with nothing when no answer is wanted', async () => {
      const response = await server.post('/api/reports', aReport({ followUp: false }));
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({});
    });

    it('takes the form body a page without JavaScript sends', async () => {
      const form = new URLSearchParams({
        region: 'almaty',
        category: 'unsafe-place',
        message: 'Біздің көшеде шам жоқ, қараңғы',
        lang: 'kk',
        followUp: 'yes',
        urgent: 'on',
      });
      const response = await server.post('/api/reports', form.toString(), { 'content-type': 'application/x-www-form-urlencoded' });
      expect(response.status).toBe(201);
    });

    it('answers the same with or without a trailing slash', async () => {
      expect((await server.post('/api/reports/', aReport())).status).toBe(201);
    });

    it('names every wrong field: unknown region and category, a message of 5001 characters', async () => {
      const response = await server.post('/api/reports', aReport({ region: 'mars', category: 'gossip', message: 'я'.repeat(5001) }));
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe('invalid');
      expect(error.fields).toEqual({ region: 'unknownRegion', category: 'unknownCategory', message: 'tooLong' });
    });

    it('refuses broken JSON with 400, other content types with 415 and a body larger than any valid report with 413, all in JSON', async () => {
      const broken = await server.post('/api/reports', '{"region": "astana",');
      expect([broken.status, (await errorOf(broken)).code]).toEqual([400, 'invalid-json']);
      const text = await server.post('/api/reports', 'hello', { 'content-type': 'text/plain' });
      expect([text.status, (await errorOf(text)).code]).toEqual([415, 'unsupported-media-type']);
      const huge = await server.post('/api/reports', aReport({ message: 'x'.repeat(LIMITS.report.json + 1) }));
      expect([huge.status, (await errorOf(huge)).code]).toEqual([413, 'too-large']);
    });

    it('refuses a post another site makes a browser send, with 403 in JSON', async () => {
      const fromElsewhere = await server.post('/api/reports', aReport(), { origin: 'https://evil.example' });
      expect([fromElsewhere.status, (await errorOf(fromElsewhere)).code]).toEqual([403, 'cross-origin']);
      const crossSite = await server.post('/api/reports', aReport(), { 'sec-fetch-site': 'cross-site' });
      expect(crossSite.status).toBe(403);
    });

    it('answers anything but POST with 405 in JSON', async () => {
      const response = await fetch(`${server.origin}/api/reports`);
      expect(response.status).toBe(405);
      expect((await errorOf(response)).code).toBe('method-not-allowed');
    });
  });

  describe('a case, through the API', () => {
    it('opens with its code, takes the student writing back, and is erased for good', async () => {
      const { caseCode } = (await (await server.post('/api/reports', aReport())).json()) as { caseCode: string };

      const opened = await server.post('/api/reports/case', { caseCode });
      expect(opened.status).toBe(200);
      expect(await opened.json()).toMatchObject({ status: 'received', messages: [{ author: 'student', text: aReport().message }] });

      const written = await server.post('/api/reports/case/messages', { caseCode, text: "<b>Рахмет</b> '; DROP TABLE messages; --" });
      expect(written.status).toBe(201);
      const after = (await (await server.post('/api/reports/case', { caseCode })).json()) as { messages: { text: string }[] };
      expect(after.messages.map((message) => message.text)).toEqual([aReport().message, "<b>Рахмет</b> '; DROP TABLE messages; --"]);

      expect((await server.post('/api/reports/case/erase', { caseCode })).status).toBe(200);
      expect((await server.post('/api/reports/case', { caseCode })).status).toBe(404);
    });

    it('answers 404 in JSON for a code that opens nothing', async () => {
      const response = await server.post('/api/reports/case', { caseCode: '1234 5678 1234 5678' });
      expect([response.status, (await errorOf(response)).code]).toEqual([404, 'not-found']);
      expect((await server.post('/api/reports/case/messages', { caseCode: '1234 5678 1234 5678', text: 'привет' })).status).toBe(404);
    });
  });

  describe('the API endpoints, answered in front of the pages', () => {
    const endpoints = ['/api/reports', '/api/reports/case', '/api/reports/case/messages', '/api/reports/case/erase', '/api/hits'];

    it('answer GET, HEAD, PUT and OPTIONS with 405 and Allow: POST on every endpoint, with or without a trailing slash', async () => {
      for (const path of endpoints) {
        for (const method of ['GET', 'HEAD', 'PUT', 'OPTIONS']) {
          for (const url of [path, `${path}/`]) {
            const response = await fetch(`${server.origin}${url}`, { method });
            expect([url, method, response.status, response.headers.get('allow')]).toEqual([url, method, 405, 'POST']);
            if (method !== 'HEAD') expect((await errorOf(response)).code).toBe('method-not-allowed');
          }
        }
      }
    });

    it('answer a path that is no endpoint with 404 in JSON, out of caches', async () => {
      for (const path of ['/api/', '/api/reports/nothing', '/api/cases']) {
        const response = await server.post(path, aReport());
        expect([path, response.status, (await errorOf(response)).code]).toEqual([path, 404, 'not-found']);
        expect(response.headers.get('cache-control')).toBe('no-store');
      }
    });

    it('refuse a case lookup, message or erasure another site makes a browser send, with 403 in JSON', async () => {
      for (const path of ['/api/reports/case', '/api/reports/case/messages', '/api/reports/case/erase']) {
        const response = await server.post(path, { caseCode: '1234 5678 1234 5678', text: 'привет' }, { 'sec-fetch-site': 'cross-site' });
        expect([path, response.status, (await errorOf(response)).code]).toEqual([path, 403, 'cross-origin']);
      }
    });

    it('keep what they check against out of the served files', async () => {
      expect((await fetch(`${server.origin}/site-data.json`)).status).toBe(404);
    });
  });

  describe('the headers of help and report responses', () => {
    it('keep the API, the help page and the case page out of caches and send no referrer', async () => {
      const responses = [
        await server.post('/api/reports/case', { caseCode: '1' }),
        await fetch(`${server.origin}/kk/help/`),
        await fetch(`${server.origin}/ru/help/case/`),
      ];
      for (const response of responses) {
        expect(response.headers.get('cache-control'), response.url).toBe('no-store');
        expect(response.headers.get('referrer-policy'), response.url).toBe('no-referrer');
        expect(response.headers.get('set-cookie'), response.url).toBeNull();
      }
    });
  });
});
