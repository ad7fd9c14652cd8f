/**
 * `GET /qr/{page}.svg`: the QR code of a page for paper only (QrCode's `printOnly`): every
 * lesson's own address and the help page of each language. Made on request, when a page is
 * printed, rather than one file per lesson in every build; a CDN keeps it like a page.
 */
import type { APIRoute } from 'astro';
import { useTranslations } from '../../i18n';
import { isLang } from '../../lib/langs';
import { LESSON_KINDS } from '../../lib/lessons';
import type { PageKind } from '../../lib/reach';
import { qrSvg, siteQrUrl } from '../../lib/qr';
import { publicPages } from '../../site/page-paths';

export const prerender = false;

const PRINTED: ReadonlySet<PageKind> = new Set<PageKind>([...LESSON_KINDS, 'help']);

export const GET: APIRoute = async ({ params, site }) => {
  const path = `/${params.page ?? ''}/`;
  const lang = path.split('/')[1];
  const page = (await publicPages()).get(path);
  if (!site || !isLang(lang) || !page || !PRINTED.has(page.kind))
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const url = siteQrUrl(path, site, 'print');
  const svg = qrSvg(url, useTranslations(lang)('qr.label', { url }));
  // With its length stated, the server compresses it like a page (src/server/compress-responses.ts).
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml', 'Content-Length': String(Buffer.byteLength(svg)) } });
};
