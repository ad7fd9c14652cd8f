/**
 * What a page load sends to `POST /api/hits`, decided in the browser. No zod and no
 * other import: this runs on every public page and in the widget, so it stays a few hundred bytes.
 */

/**
 * Where a view came from: the site itself, the widget on a host page, a poster's QR code, the QR
 * code of a printed lesson, or the iframe variant of the widget.
 */
export const HIT_SOURCES = ['site', 'widget', 'qr', 'print', 'iframe'] as const;
export type HitSource = (typeof HIT_SOURCES)[number];

/** The sources a QR code may carry as `?src=`, so a scan is told apart from a click. */
export const QR_SOURCES = ['qr', 'print'] as const satisfies readonly HitSource[];
export type QrSource = (typeof QR_SOURCES)[number];

/** Where a page load is counted; src/lib/paths.ts exports it with every other URL. */
export const hitsPath = '/api/hits';

/** A region id as the regions collection writes them. */
export const REGION_ID = /^[a-z0-9-]{1,60}$/;

/** Whether a browser said not to be followed: Global Privacy Control or Do Not Track. */
export function declinesTracking(navigatorLike: { globalPrivacyControl?: unknown; doNotTrack?: unknown }, windowDoNotTrack?: unknown): boolean {
  return navigatorLike.globalPrivacyControl === true || navigatorLike.doNotTrack === '1' || windowDoNotTrack === '1';
}

/** The source of a page load: the iframe variant, a QR code's `src`, or the site itself. */
export function sourceOf(search: string, inFrame: boolean): HitSource {
  if (inFrame) return 'iframe';
  const src = new URLSearchParams(search).get('src');
  return (QR_SOURCES as readonly string[]).includes(src ?? '') ? (src as HitSource) : 'site';
}

/** The lang of a page from its path: `/kk/…` or the iframe variant's `/embed/kk/…`. */
export function langOfPath(path: string): string | undefined {
  const [first, second] = path.split('/').filter(Boolean);
  return first === 'embed' ? second : first;
}

/**
 * The one hit a page load sends, or undefined for a path without a lang. Only the
 * path, never its query (a case code or a search is never in it), plus the source and region.
 */
export function hitOf(
  location: { pathname: string; search: string },
  inFrame: boolean,
): { path: string; lang: string; source: HitSource; region: string } | undefined {
  const lang = langOfPath(location.pathname);
  if (!lang) return undefined;
  const region = new URLSearchParams(location.search).get('region') ?? '';
  return { path: location.pathname, lang, source: sourceOf(location.search, inFrame), region: REGION_ID.test(region) ? region : '' };
}
