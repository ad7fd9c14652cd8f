/**
 * Compresses answers rendered per request (help and case pages, Safe region, the inbox, API
 * JSON) on the fly when the client accepts it (issue 12), through `compression` (Express's
 * middleware, which works on plain node:http): brotli at quality 4, fast enough per request,
 * else gzip; only text types, only over 1 KB, never for HEAD, never when the answer is already
 * encoded (the build's compressed copies, src/server/static-files.ts) or says `no-transform`,
 * always with `Vary: Accept-Encoding`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'compression';
import { COMPRESS_MIN_BYTES } from '../lib/encodings.ts';

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

const middleware = compression({ threshold: COMPRESS_MIN_BYTES }) as unknown as Middleware;

/** Makes `response` compress what `answer` writes to it, when it is worth it and the client accepts it. */
export function compressed(request: IncomingMessage, response: ServerResponse, answer: () => void): void {
  middleware(request, response, answer);
}
