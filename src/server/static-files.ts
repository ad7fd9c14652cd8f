/**
 * Serves the compressed copies the build wrote beside static files (src/integrations/precompress.ts):
 * the best one the client accepts, with `Vary: Accept-Encoding`, its own Content-Length, an ETag
 * of its own and 304 on a matching If-None-Match, HEAD included. Everything else (a client that
 * accepts no encoding we have, a file without copies, a page rendered per request, a path that
 * needs the trailing-slash redirect) goes on to Astro's handler unchanged.
 * `send` (the library Astro's own static handler uses) reads the file; a Range request on a
 * compressed copy gets the whole copy (200), since a range of compressed bytes helps nobody and
 * the uncompressed file stays available by range to a client that accepts no encoding.
 * Imported by plain Node (type stripping): keep imports explicit with `.ts`.
 */
import { statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
import send from 'send';
import { acceptedEncodings, ENCODED_SUFFIX, textFileType, type Encoding } from '../lib/encodings.ts';

/** The encodings a file has copies of, by its absolute path; a build's files never change. */
const copies = new Map<string, Encoding[]>();
const MAX_REMEMBERED = 20_000;

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() === true;

function copiesOf(file: string): Encoding[] {
  let found = copies.get(file);
  if (found) return found;
  found = isFile(file) ? (['br', 'gzip'] as const).filter((encoding) => isFile(file + ENCODED_SUFFIX[encoding])) : [];
  if (copies.size >= MAX_REMEMBERED) copies.clear();
  copies.set(file, found);
  return found;
}

/** The file under `clientDir` a GET of `pathname` reads, or undefined when no file can answer it. */
function fileFor(clientDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = normalize(decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  // Dot files stay private as in Astro's handler; `..` cannot leave the folder.
  if (relative.split(sep).some((segment) => segment.startsWith('.') && segment !== '.well-known')) return undefined;
  const file = join(clientDir, relative);
  return file.startsWith(clientDir + sep) ? file : undefined;
}

/**
 * Answers the request from a compressed copy and returns true, or returns false and leaves the
 * response untouched but for `Vary`, for the caller to answer.
 */
export function servePrecompressed(request: IncomingMessage, response: ServerResponse, clientDir: string, pathname: string): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const file = fileFor(clientDir, pathname);
  const type = file && textFileType(file);
  if (!file || !type) return false;
  const available = copiesOf(file);
  if (available.length === 0) return false;
  // Also on the uncompressed answer, so a cache never hands it to a client that accepts brotli, or the reverse.
  response.setHeader('Vary', 'Accept-Encoding');
  const encoding = acceptedEncodings(request.headers['accept-encoding']).find((candidate) => available.includes(candidate));
  if (!encoding) return false;
  response.setHeader('Content-Type', type);
  response.setHeader('Content-Encoding', encoding);
  const stream = send(request, encodeURI(file.slice(clientDir.length) + ENCODED_SUFFIX[encoding]), {
    root: clientDir,
    acceptRanges: false,
    index: false,
    dotfiles: 'allow',
  });
  stream.on('error', (error: Error & { statusCode?: number }) => {
    // The build was pruned under a request in flight: nothing was sent yet.
    response.removeHeader('Content-Encoding');
    response.statusCode = error.statusCode ?? 500;
    response.end();
  });
  stream.pipe(response);
  return true;
}
