/**
 * What a page weighs on the wire as `npm start` serves it: every file of its first
 * load fetched from the running server with `Accept-Encoding: br, gzip`, as a phone's browser
 * asks, and the bytes of the answers counted as received, compressed or not.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const ACCEPT = 'br, gzip';

/**
 * One GET as sent over the wire: its body undecoded, its encoding, and the body decoded.
 * @param {string} origin @param {string} path
 * @returns {Promise<{ status: number, bytes: number, encoding: string, text: string }>}
 */
export function fetchAsServed(origin, path) {
  return new Promise((resolve, reject) => {
    const sent = request(new URL(path, origin), { headers: { 'accept-encoding': ACCEPT } }, (response) => {
      /** @type {Buffer[]} */
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const encoding = String(response.headers['content-encoding'] ?? 'none');
        const decoded = encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;
        resolve({ status: response.statusCode ?? 0, bytes: body.length, encoding, text: decoded.toString('utf8') });
      });
    });
    sent.on('error', reject);
    sent.end();
  });
}

/**
 * The wire bytes of a page's first load: the HTML and every file `measurePage` found it loads.
 * @param {string} origin @param {import('./page-weight.mjs').PageWeight} weight
 * @returns {Promise<{ html: number, total: number, encodings: string[] }>}
 */
export async function wireWeight(origin, weight) {
  const files = weight.assets.filter((asset) => asset.url !== 'inline');
  const answers = await Promise.all(files.map((asset) => fetchAsServed(origin, asset.url)));
  const failed = answers.findIndex((answer) => answer.status !== 200);
  if (failed !== -1) throw new Error(`${files[failed]?.url} answered ${answers[failed]?.status}`);
  return {
    html: answers[0]?.bytes ?? 0,
    total: answers.reduce((sum, answer) => sum + answer.bytes, 0),
    encodings: [...new Set(answers.map((answer) => answer.encoding))],
  };
}
