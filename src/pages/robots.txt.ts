/** `/robots.txt`: keeps crawlers out of the private paths and names the sitemap. */
import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapPath } from '../lib/paths';
import { robotsTxt } from '../lib/robots';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs `site` in astro.config.mjs');
  return new Response(robotsTxt(absoluteUrl(sitemapPath, site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
