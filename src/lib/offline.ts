/**
 * What the service worker keeps and what it answers when the network fails. It keeps
 * only pages that are the same for everyone, fetched once when it installs: each language's
 * offline page with the emergency numbers, and the home pages. Nothing a child opens is ever
 * stored, so a shared phone keeps no list of lessons read, reports or cases.
 */
import { DEFAULT_LANG, LANGS, isLang } from './langs.ts';
import { homePath, isAdminPath, offlinePath } from './paths.ts';

/** The pages the service worker keeps, fetched when it installs. */
export const OFFLINE_PAGES: readonly string[] = LANGS.flatMap((lang) => [offlinePath(lang), homePath(lang)]);

/** Every cache of ours starts with this; the rest of the name is the build's version. */
export const CACHE_PREFIX = 'zanbala-offline-';

/** The cache of one build: a new build makes a new name, and the new worker deletes the old caches. */
export const cacheName = (version: string) => `${CACHE_PREFIX}${version}`;

/**
 * Whether a failed navigation to `pathname` gets a kept page: every public page does; the
 * offices' inbox and the API get the browser's own error, so the worker never answers for them.
 */
export function answersOffline(pathname: string): boolean {
  return !isAdminPath(pathname) && !pathname.startsWith('/api/');
}

/**
 * The kept page that answers a failed navigation: that page itself if kept, else the offline page
 * of its language (`/ru/…`, or `/embed/ru/…` for the iframe variant).
 */
export function offlineAnswerFor(pathname: string): string {
  if (OFFLINE_PAGES.includes(pathname)) return pathname;
  const lang = pathname.split('/').slice(1, 3).find(isLang) ?? DEFAULT_LANG;
  return offlinePath(lang);
}

/**
 * The files a kept page needs besides itself: its stylesheets, scripts and icon from our own
 * origin, as its HTML names them. Images are left out: offline, the numbers matter, not covers.
 */
export function pageAssets(html: string): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<(link|script)\b[^>]*>/g) ?? []) {
    const rel = /\brel="([^"]*)"/.exec(tag)?.[1] ?? '';
    const url = /\b(?:href|src)="(\/[^/"][^"]*)"/.exec(tag)?.[1];
    if (!url) continue;
    if (tag.startsWith('<script') || /\b(stylesheet|icon)\b/.test(rel)) found.add(url);
  }
  return [...found].sort();
}
