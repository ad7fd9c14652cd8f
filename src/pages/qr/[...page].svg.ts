/**
 * `/qr/{page}.svg`: the QR code of a page as a file, for the codes only paper shows (QrCode's
 * `printOnly`): every lesson's own address and the help page of each language.
 */
import type { APIRoute } from 'astro';
import { getAllLessons } from '../../site/catalog';
import { useTranslations } from '../../i18n';
import { LANGS, isLang } from '../../lib/langs';
import { helpPath, lessonPath } from '../../lib/paths';
import { qrSvg, siteQrUrl } from '../../lib/qr';

export async function getStaticPaths() {
  const lessons = (await getAllLessons()).map((lesson) => lessonPath(lesson.lang, lesson.kind, lesson.slug));
  return [...lessons, ...LANGS.map((lang) => helpPath(lang))].map((path) => ({ params: { page: path.slice(1, -1) } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const path = `/${params['page']}/`;
  const lang = path.split('/')[1];
  if (!site || !isLang(lang)) throw new Error(`No QR code for ${path}`);
  const url = siteQrUrl(path, site, 'print');
  return new Response(qrSvg(url, useTranslations(lang)('qr.label', { url })), { headers: { 'Content-Type': 'image/svg+xml' } });
};
