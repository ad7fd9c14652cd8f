/** `/feeds/{lang}/{audience}.json`: the widget's feed (schema in src/lib/widget-feed.ts). */
import type { APIRoute } from 'astro';
import { AUDIENCES, isAudience } from '../../../lib/audiences';
import { LANGS, isLang } from '../../../lib/langs';
import { widgetFeedFor } from '../../../widget-data';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => AUDIENCES.map((audience) => ({ params: { lang, audience } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { lang, audience } = params;
  if (!isLang(lang) || !isAudience(audience) || !site) throw new Error(`Unknown feed ${lang}/${audience}`);
  const feed = await widgetFeedFor(lang, audience, site);
  return new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
