/**
 * Answers a request from the build in use (src/server/live-build.ts) the cheapest way it can: a
 * static file from the compressed copy the build wrote (src/server/static-files.ts), anything
 * else through Astro's handler, compressed on the fly when worth it (src/server/compress-responses.ts).
 * Headers set before (src/server/http-headers.ts) are kept.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { LiveBuild } from './live-build.ts';
import { compressed } from './compress-responses.ts';
import { servePrecompressed } from './static-files.ts';

export function serveFromBuild(request: IncomingMessage, response: ServerResponse, pathname: string, live: LiveBuild): void {
  if (servePrecompressed(request, response, join(live.folder(), 'client'), pathname)) return;
  const handler = live.handler();
  compressed(request, response, () => handler(request, response));
}
