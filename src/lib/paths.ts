/** Every URL of the site is built here, so the URL contract of docs/design.md lives in one file. */
import type { Audience, Tier } from './audiences.ts';
import type { Lang } from './langs.ts';
import type { LessonKind } from './lessons.ts';

export const homePath = (lang: Lang) => `/${lang}/`;
export const audiencePath = (lang: Lang, audience: Audience) => `/${lang}/${audience}/`;
export const lessonPath = (lang: Lang, kind: LessonKind, slug: string) => `/${lang}/${kind}/${slug}/`;
export const topicPath = (lang: Lang, topic: string) => `/${lang}/topics/${topic}/`;
export const topicsPath = (lang: Lang) => `/${lang}/topics/`;
/**
 * The help page; a region (from a poster's QR code or the widget) preselects that region's
 * office, a tier picks the words for that age.
 */
export function helpPath(lang: Lang, region?: string, tier?: Tier): string {
  const query = new URLSearchParams();
  if (region) query.set('region', region);
  if (tier) query.set('tier', tier);
  const search = query.toString();
  return `/${lang}/help/${search ? `?${search}` : ''}`;
}
export const searchPath = (lang: Lang) => `/${lang}/search/`;
/** Where a student checks a report by its case code; kept out of search engines. */
export const casePath = (lang: Lang) => `/${lang}/help/case/`;
/**
 * The one-time views the help and case forms redirect to (post/redirect/get): the case code of a
 * report just sent, and an open case. Each shows once, through a token in a cookie for that path alone.
 */
export const reportSentPath = (lang: Lang) => `/${lang}/help/sent/`;
export const caseViewPath = (lang: Lang) => `/${lang}/help/case/view/`;
/** RSS of every lesson in a language, or of one audience's lessons. */
export const rssPath = (lang: Lang, audience?: Audience) => (audience ? `/${lang}/${audience}/rss.xml` : `/${lang}/rss.xml`);
export const sitemapPath = '/sitemap-index.xml';
/** The printable QR poster of one region, and the list of all posters. */
export const posterPath = (lang: Lang, region: string) => `/${lang}/posters/${region}/`;
export const postersPath = (lang: Lang) => `/${lang}/posters/`;
/** How a school puts the blog on its site or in Kundelik. */
export const schoolsPath = (lang: Lang) => `/${lang}/schools/`;
/** The static JSON feed the widget reads. */
export const feedPath = (lang: Lang, audience: Audience) => `/feeds/${lang}/${audience}.json`;
/** The iframe variant of the widget. */
export const embedPath = (lang: Lang, audience: Audience) => `/embed/${lang}/${audience}/`;
/** The calendar file of a webinar, next to its page. */
export const webinarIcsPath = (lang: Lang, slug: string) => `/${lang}/webinars/${slug}.ics`;

/** An absolute URL on the site's public origin. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
/** The custom-element widget and the script that sizes the iframe variant, at the site's root. */
export const widgetScriptPath = '/widget.js';
/** The lesson filters' rules for every kind and topic (src/lib/lesson-filters.ts). */
export const lessonFiltersStylePath = '/lesson-filters.css';
export const embedScriptPath = '/embed.js';

/** The regional offices' inbox (on demand, behind a login). */
export const adminPaths = {
  queue: '/admin/',
  login: '/admin/login/',
  logout: '/admin/logout/',
  lang: '/admin/lang/',
  audit: '/admin/audit/',
  users: '/admin/users/',
  statistics: '/admin/statistics/',
  export: '/admin/statistics/export/',
  reach: '/admin/reach/',
  reachExport: '/admin/reach/export',
  register: '/admin/safe-region/',
  registerExport: '/admin/safe-region/export',
  profile: '/admin/profile/',
  confirmEmail: '/admin/profile/confirm/',
  /** What every inbox page answers while the database is away (503). */
  unavailable: '/admin/unavailable/',
  /** POST: closes a flood's waiting reports at once. */
  floodClose: '/admin/floods/',
} as const;
/** Whether a path lies in the inbox, which has its own headers and no language prefix. */
export const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith(adminPaths.queue);
/** One case in the inbox, by its id (never the case code, which the office does not know). */
export const adminCasePath = (id: string) => `/admin/cases/${encodeURIComponent(id)}/`;
/** Public monthly counts of reports, with small counts hidden. */
export const transparencyPath = (lang: Lang) => `/${lang}/transparency/`;
/** The Safe region page: places fixed after students' reports, of all regions or of one. */
export const safeRegionPath = (lang: Lang, region?: string) => (region ? `/${lang}/safe-region/${region}/` : `/${lang}/safe-region/`);
/** Where every public page counts its view; defined beside the beacon's rules, which import nothing. */
export { hitsPath } from './hit.ts';
/**
 * The QR code of a page as an SVG file, for codes that only paper shows (a lesson's handout, the
 * help page in a lesson kit): `/kk/articles/x/` → `/qr/kk/articles/x.svg`. A file the page loads
 * only when printed, so screens do not download a code nobody sees.
 */
export function printQrPath(pagePath: string): string {
  if (!/^\/[^?#]*\/$/.test(pagePath)) throw new Error(`A printed QR code is made for a page path such as /kk/help/, not ${pagePath}`);
  return `/qr${pagePath.slice(0, -1)}.svg`;
}
/** The page a navigation gets when the network fails: the emergency numbers. */
export const offlinePath = (lang: Lang) => `/${lang}/offline/`;
export { hitScriptPath, printQrScriptPath, quickExitKeysScriptPath, serviceWorkerPath, serviceWorkerRegistrationPath } from './after-paint-paths.ts';
