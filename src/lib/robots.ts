/**
 * Addresses that search engines must not crawl or list: moderators' pages, the API, and the
 * pages where a student reads the answers to a report or the code of one just sent. robots.txt and the sitemap both use this.
 */
import { LANGS } from './langs.ts';
import { casePath, offlinePath, reportSentPath } from './paths.ts';

export const PRIVATE_PATHS: readonly string[] = ['/admin/', '/api/', ...LANGS.flatMap((lang) => [casePath(lang), reportSentPath(lang)])];

/** Whether a path (or a full URL's path) lies under one of the private prefixes. */
export function isPrivatePath(pathOrUrl: string): boolean {
  const path = /^https?:/.test(pathOrUrl) ? new URL(pathOrUrl).pathname : pathOrUrl;
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  return PRIVATE_PATHS.some((prefix) => withSlash.startsWith(prefix));
}

/**
 * Whether a page belongs in the sitemap: not private, not `/`, which only redirects to /kk/, not
 * the iframe variant of the widget, which repeats the audience pages for other sites, and not the
 * offline pages, which a navigation shows only when the network fails.
 */
export function inSitemap(url: string): boolean {
  const path = new URL(url, 'http://site.invalid').pathname;
  const offline = LANGS.some((lang) => path === offlinePath(lang));
  return path !== '/' && !path.startsWith('/embed/') && !offline && !isPrivatePath(url);
}

/** robots.txt: everything may be crawled except the private paths; the sitemap is named absolutely. */
export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', ...PRIVATE_PATHS.map((path) => `Disallow: ${path}`), '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
