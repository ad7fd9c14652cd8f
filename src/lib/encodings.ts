/**
 * Which responses are compressed, and with what. Shared by the build step that writes
 * `.br` and `.gz` copies beside static files (src/integrations/precompress.ts) and by the server
 * that picks one per request (src/server/static-files.ts).
 */

export type Encoding = 'br' | 'gzip';

/** Below this a compressed answer saves less than its headers and the work cost. */
export const COMPRESS_MIN_BYTES = 1024;

/** The file name endings of the copies, by encoding. */
export const ENCODED_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

const extensionOf = (path: string) => /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';

/** Whether the build writes compressed copies of a file of this name and size: text over 1 KB (images, fonts and video are compressed already). */
export function worthPrecompressing(path: string, size: number): boolean {
  return size > COMPRESS_MIN_BYTES && extensionOf(path) in TEXT_FILE_TYPES;
}

/**
 * The brotli quality of a file's precompressed copy. Scripts and styles (a handful of files, which
 * every visitor loads and keeps) get the best level, 11. Pages, feeds, sitemaps and QR codes grow
 * with the lessons: at 11 they took most of a build with a thousand lessons, while 8 is ~40 times
 * faster and its copies are ~7% bigger (levels 9 and 10 cost far more for little or nothing).
 */
export function brotliQuality(path: string): number {
  return SHARED_ASSET_TYPES.has(extensionOf(path)) ? 11 : 8;
}

const SHARED_ASSET_TYPES = new Set(['js', 'mjs', 'css']);

/** The Content-Type of a text file the build compresses, by its name. */
export const textFileType = (path: string): string | undefined => TEXT_FILE_TYPES[extensionOf(path)];

/**
 * The encodings an `Accept-Encoding` header allows, by preference: brotli before gzip at equal
 * weight, nothing the client gave `q=0`, and none at all when the header is missing (RFC 9110
 * 12.5.3 allows any then, but a client that sends none is most likely a tool that cannot decode).
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return [];
  const weights = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part
      .trim()
      .split(';')
      .map((piece) => piece.trim());
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? (encoding === 'gzip' ? weights.get('x-gzip') : undefined) ?? weights.get('*') ?? 0;
  return (['br', 'gzip'] as const).filter((encoding) => weightOf(encoding) > 0).sort((a, b) => weightOf(b) - weightOf(a));
}

/** The media types of the files the build compresses, for the compressed copy's Content-Type. */
export const TEXT_FILE_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  svg: 'image/svg+xml',
  txt: 'text/plain; charset=utf-8',
  vtt: 'text/vtt; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};
