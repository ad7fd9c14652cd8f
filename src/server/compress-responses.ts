/**
 * Compresses answers rendered per request (help and case pages, Safe region, the inbox, API
 * JSON) on the fly when the client accepts it, through `compression` (Express's
 * middleware, which works on plain node:http): brotli at quality 5, under a millisecond for a
 * help page like quality 4 but a tenth smaller, which keeps it in the first round trip of a slow
 * phone network, else gzip; only text types, only over 1 KB (pages, and answers that state their length), never for HEAD, never when the answer is already
 * encoded (the build's compressed copies, src/server/static-files.ts) or says `no-transform`,
 * always with `Vary: Accept-Encoding`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants } from 'node:zlib';
import compression from 'compression';
import { COMPRESS_MIN_BYTES } from '../lib/encodings.ts';

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/**
 * An answer streamed without a length is compressed only when it is a page (pages rendered per
 * request are tens of KB). The API's JSON is a few hundred bytes: `compression` cannot see its
 * size before the first write, and a compressor would hold back a report's acknowledgement
 * (promise 3) until the answer ends, so it goes out as it is unless it states a length over 1 KB.
 */
function worthCompressing(request: IncomingMessage, response: ServerResponse): boolean {
  const type = String(response.getHeader('Content-Type') ?? '');
  if (response.getHeader('Content-Length') === undefined && !type.startsWith('text/html')) return false;
  return compression.filter(request as never, response as never);
}

const middleware = compression({
  threshold: COMPRESS_MIN_BYTES,
  filter: worthCompressing as never,
  brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
}) as unknown as Middleware;

/** Makes `response` compress what `answer` writes to it, when it is worth it and the client accepts it. */
export function compressed(request: IncomingMessage, response: ServerResponse, answer: () => void): void {
  middleware(request, response, answer);
}
