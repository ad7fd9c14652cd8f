/**
 * What the API needs to know of the built site, written once at build time: the region ids a
 * report or a hit may name and the public pages a hit may count. The API answers in front of
 * Astro (src/server/api/) and cannot read the collections; src/integrations/site-data.ts moves
 * this file out of the served folder, next to the build's server.
 */
import type { APIRoute } from 'astro';
import { publicPages, regionIds } from '../site/page-paths';
import { getHolidays, getRegions } from '../site/site-data';
import type { SiteData } from '../server/api/site-data';

export const prerender = true;

export const GET: APIRoute = async () => {
  const regions = await getRegions();
  const answerDays = Object.fromEntries(regions.map((region) => [region.id, region.data.answerDays]));
  const regionNames = Object.fromEntries(regions.map((region) => [region.id, { kk: region.data.name.kk, ru: region.data.name.ru }]));
  const data: SiteData = {
    regionIds: await regionIds(),
    publicPaths: [...(await publicPages()).keys()],
    answerDays,
    holidays: [...(await getHolidays())].sort(),
    regionNames,
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
