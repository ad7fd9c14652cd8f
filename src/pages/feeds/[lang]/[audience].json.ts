/** `/feeds/{lang}/{audience}.json`: the widget's feed (schema in src/lib/widget-feed.ts). */
import type { APIRoute } from 'astro';
import { audienceStaticPaths, type AudiencePageProps } from '../../../site/lang-pages';
import { widgetFeedFor } from '../../../site/widget-data';

export const getStaticPaths = audienceStaticPaths;

export const GET: APIRoute<AudiencePageProps> = async ({ props, site }) => {
  const { lang, audience } = props;
  if (!site) throw new Error("The widget's feed needs the site's URL: set site in astro.config.mjs");
  const feed = await widgetFeedFor(lang, audience, site);
  return new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
