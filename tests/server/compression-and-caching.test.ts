/**
 * What a reader's phone and a CDN get from `npm start`: every text answer over 1 KB
 * compressed with the best encoding the client accepts and never one it does not, `Vary` for
 * caches, and how long each kind of answer may be kept.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server';

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A request whose answer is read byte for byte, as sent: fetch() would decompress it and hide the encoding. */
function raw(server: RunningServer, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const sent = request(`${server.origin}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

const decoded = ({ headers, body }: Raw) =>
  headers['content-encoding'] === 'br' ? brotliDecompressSync(body) : headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.stop());

/** A prerendered page, a feed, the widget, a built asset and a page rendered per request. */
/** A page's text with its forms' one-time submission keys blanked out. */
const withoutSubmissionKey = (body: Buffer) => body.toString('utf8').replace(/(name="submissionKey" value=")[^"]*/g, '$1');

const TEXT_ANSWERS = ['/kk/', '/ru/articles/bullying-what-it-is/', '/feeds/kk/11-14.json', '/widget.js', '/kk/help/'];

describe('compression', () => {
  it('sends brotli to a client that accepts it, gzip to one that accepts only gzip, and the same page either way', async () => {
    for (const path of TEXT_ANSWERS) {
      const plain = await raw(server, path);
      const br = await raw(server, path, { 'accept-encoding': 'gzip, deflate, br' });
      const gzip = await raw(server, path, { 'accept-encoding': 'gzip' });
      expect([plain.status, br.status, gzip.status], path).toEqual([200, 200, 200]);
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(gzip.headers['content-encoding'], path).toBe('gzip');
      expect(br.body.length, path).toBeLessThan(plain.body.length / 2);
      // The help page's form carries a new submission key per request; the rest is the same page.
      expect(withoutSubmissionKey(decoded(br)), path).toBe(withoutSubmissionKey(decoded(gzip)));
      // The static files must be the same bytes.
      if (path !== '/kk/help/') expect(decoded(br).equals(plain.body), path).toBe(true);
      for (const answer of [plain, br, gzip]) expect(answer.headers['vary'], path).toMatch(/Accept-Encoding/i);
    }
  });

  it('sends nothing compressed to a client that accepts no encoding, or refuses one with q=0', async () => {
    for (const path of TEXT_ANSWERS) {
      for (const accept of [undefined, 'identity', 'gzip;q=0, br;q=0', 'deflate;q=0']) {
        const answer = await raw(server, path, accept ? { 'accept-encoding': accept } : {});
        expect(answer.headers['content-encoding'], `${path} ${accept}`).toBeUndefined();
        expect(answer.body.toString('utf8'), path).toMatch(/<html|zanbala|"items"|\{/i);
      }
    }
  });

  it('says the compressed length, also in answer to HEAD, and keeps the security headers', async () => {
    const get = await raw(server, '/ru/articles/bullying-what-it-is/', { 'accept-encoding': 'br' });
    expect(Number(get.headers['content-length'])).toBe(get.body.length);
    const head = await raw(server, '/ru/articles/bullying-what-it-is/', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.body.length).toBe(0);
    for (const answer of [get, head]) {
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('answers a range of a compressed file with the whole file, and a range of the plain file as asked', async () => {
    const whole = await raw(server, '/widget.js', { 'accept-encoding': 'br', range: 'bytes=0-99' });
    expect(whole.status).toBe(200);
    expect(whole.headers['content-range']).toBeUndefined();
    expect(decoded(whole).toString()).toContain('zanbala-widget');
    const part = await raw(server, '/widget.js', { range: 'bytes=0-99' });
    expect(part.status).toBe(206);
    expect(part.body.length).toBe(100);
  });

  it('leaves answers under 1 KB as they are', async () => {
    const small = await raw(server, '/embed.js', { 'accept-encoding': 'br, gzip' });
    expect(small.status).toBe(200);
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});

describe('how long each answer may be kept', () => {
  const cacheControl = async (path: string) => (await raw(server, path, { 'accept-encoding': 'br' })).headers['cache-control'];
  const PAGES = 'public, max-age=300, stale-while-revalidate=86400';

  it('lets a CDN keep lesson pages, home pages and feeds for minutes and serve them stale while it revalidates', async () => {
    for (const path of ['/kk/', '/ru/articles/bullying-what-it-is/', '/kk/11-14/', '/feeds/ru/parents.json', '/kk/rss.xml', '/sitemap-index.xml']) {
      expect(await cacheControl(path), path).toBe(PAGES);
    }
  });

  it('keeps the widget and the iframe script an hour, then revalidates them with 304', async () => {
    for (const path of ['/widget.js', '/embed.js']) {
      const first = await raw(server, path, { 'accept-encoding': 'br' });
      expect(first.headers['cache-control'], path).toBe('public, max-age=3600, stale-while-revalidate=86400');
      const etag = first.headers['etag'];
      expect(etag, path).toBeTruthy();
      const again = await raw(server, path, { 'accept-encoding': 'br', 'if-none-match': String(etag) });
      expect(again.status, path).toBe(304);
      expect(again.body.length, path).toBe(0);
    }
    // The compressed and the plain widget are different bytes, so a cache must not confuse them.
    expect((await raw(server, '/widget.js')).headers['etag']).not.toBe((await raw(server, '/widget.js', { 'accept-encoding': 'br' })).headers['etag']);
  });

  it('keeps hashed assets for a year, unchanged', async () => {
    // Pages carry their CSS; the search page still loads its island's script as a hashed file.
    const page = decoded(await raw(server, '/kk/search/', { 'accept-encoding': 'br' })).toString();
    const asset = /\/_astro\/[^"')\s]+\.(css|js)/.exec(page)?.[0];
    expect(asset).toBeTruthy();
    expect(await cacheControl(asset!)).toBe('public, max-age=31536000, immutable');
  });

  it('keeps help and case pages, the API, the inbox and the database-backed public pages out of every cache', async () => {
    for (const path of ['/kk/help/', '/ru/help/case/', '/admin/login/', '/kk/safe-region/', '/ru/transparency/']) {
      expect(await cacheControl(path), path).toBe('no-store');
    }
    const api = await server.post('/api/reports/case', { caseCode: '1111 2222 3333 4444' }, { 'accept-encoding': 'br, gzip' });
    expect(api.headers.get('cache-control')).toBe('no-store');
    // A few hundred bytes of JSON go out as they are, not held back in a compressor.
    expect(api.headers.get('content-encoding')).toBeNull();
  });

  it('makes the browser revalidate the service worker every time', async () => {
    for (const path of ['/sw.js', '/sw-register.js']) expect(await cacheControl(path), path).toBe('no-cache');
  });
});

describe('the QR codes only paper shows', () => {
  it('are made on request for a lesson or help page, compressed, and kept like a page', async () => {
    for (const [path, page] of [
      ['/qr/ru/articles/bullying-what-it-is.svg', '/ru/articles/bullying-what-it-is/'],
      ['/qr/kk/help.svg', '/kk/help/'],
    ]) {
      const answer = await raw(server, path!, { 'accept-encoding': 'br' });
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-type'], path).toBe('image/svg+xml');
      expect(answer.headers['content-encoding'], path).toBe('br');
      expect(answer.headers['cache-control'], path).toBe('public, max-age=300, stale-while-revalidate=86400');
      const svg = decoded(answer).toString();
      expect(svg, path).toMatch(/^<svg [^>]*role="img"/);
      expect(svg, path).toContain(`${page}?src=print"`);
    }
  });

  it('are made for no other address', async () => {
    for (const path of ['/qr/ru/articles/no-such-lesson.svg', '/qr/kk/search.svg', '/qr/en/help.svg', '/qr/kk/help/case.svg']) {
      expect((await raw(server, path)).status, path).toBe(404);
    }
  });
});
