/** `/{lang}/{audience}/rss.xml`: the lessons written for one audience, newest first. */
import type { APIRoute } from 'astro';
import { AUDIENCES, isAudience } from '../../../lib/audiences';
import { LANGS, isLang } from '../../../lib/langs';
import { lessonRss } from '../../../rss';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => AUDIENCES.map((audience) => ({ params: { lang, audience } })));
}

export const GET: APIRoute = ({ params, site }) => {
  const { lang, audience } = params;
  if (!isLang(lang) || !isAudience(audience) || !site) throw new Error(`Unknown feed ${lang}/${audience}`);
  return lessonRss(lang, audience, site);
};
