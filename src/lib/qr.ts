/**
 * QR codes for paper: what a code may point to, and the code itself as SVG.
 * A printed code hangs in a corridor for months and is scanned by anyone, so it carries only a
 * public address: a page of our own origin (at most with a region), or a region's messenger
 * channel. Nothing in it may identify a child or a class.
 */
import QRCode from 'qrcode';
import { escapeAttribute } from './html.ts';
import { QR_SOURCES, type QrSource } from './hit.ts';

/**
 * The only query parameters a code may carry: a region names a prosecutor's office, not a person;
 * `src` says the view came from paper (a poster or a printed lesson), counted by reach.
 */
const ALLOWED_PARAMS = new Set(['region', 'src']);

/** Light modules around the code; 4 is what the QR standard asks for a reliable scan. */
export const QUIET_ZONE = 4;

function assertAnonymous(url: URL): void {
  const extra = [...url.searchParams.keys()].filter((name) => !ALLOWED_PARAMS.has(name));
  if (extra.length > 0 || url.hash || url.username || url.password) {
    throw new Error(`A QR code may carry only a region, not ${url.search}${url.hash}: ${url.href}`);
  }
}

/**
 * The absolute URL a QR code of one of our pages encodes, on the site's public origin; `source`
 * (`qr` on posters, `print` on printed lessons) lets a scanned view be counted as such.
 */
export function siteQrUrl(path: string, site: URL | string, source?: QrSource): string {
  const origin = new URL(site).origin;
  const url = new URL(path, origin);
  if (url.origin !== origin) throw new Error(`A QR code of the site must point to ${origin}, not ${url.href}`);
  if (source) url.searchParams.set('src', source);
  assertAnonymous(url);
  const src = url.searchParams.get('src');
  if (src !== null && !(QR_SOURCES as readonly string[]).includes(src)) throw new Error(`A QR code's src is qr or print, not "${src}": ${url.href}`);
  return url.href;
}

/** The URL a QR code of a messenger channel encodes: the channel's own https link. */
export function channelQrUrl(link: string): string {
  const url = new URL(link);
  if (url.protocol !== 'https:') throw new Error(`A channel's QR code must be an https link: ${link}`);
  assertAnonymous(url);
  if (url.search) throw new Error(`A channel's QR code carries no query: ${link}`);
  return url.href;
}

/** What is printed under a code, to type by hand: the address without its scheme or `src`. */
export function shortUrl(url: string): string {
  // Typed by hand, the address is not a scan: it goes without the `src` the code carries.
  const typed = new URL(url);
  typed.searchParams.delete('src');
  return typed.href.replace(/^https?:\/\//, '').replace(/^www\./, '');
}

/**
 * The modules of the code for `text`, row by row, `true` for dark. Error correction M
 * survives a scratched or folded poster and keeps the code small enough to read from 2 m.
 */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1));
}

/**
 * The code as an inline SVG with its quiet zone: each row's dark runs as strokes of one path
 * (the shortest form we found: the lesson QR rides on every article page), black on
 * white whatever the colour scheme, `role="img"` with `label` as its text alternative.
 */
export function qrSvg(text: string, label: string): string {
  const matrix = qrMatrix(text);
  const size = matrix.length + 2 * QUIET_ZONE;
  let path = '';
  matrix.forEach((row, y) => {
    let pen = -1; // where the last run of this row ended; -1 before the first
    for (let x = 0; x < row.length;) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      let run = 1;
      while (row[x + run]) run += 1;
      path += pen < 0 ? `M${x + QUIET_ZONE} ${y + QUIET_ZONE + 0.5}h${run}` : `m${x - pen} 0h${run}`;
      pen = x + run;
      x += run;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeAttribute(label)}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" stroke="#000" fill="none"/></svg>`
  );
}
