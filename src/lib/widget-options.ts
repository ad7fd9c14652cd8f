/**
 * What the attributes of `<zanbala-widget>` may hold, and what the widget does with anything
 * else. Shared by the widget, its feed and the schools page.
 */
/** The feed format the widget understands (src/lib/widget-feed.ts). */
export const WIDGET_FEED_VERSION = 1;
/** The feed carries at most this many lessons, so `limit` cannot ask for more. */
export const WIDGET_FEED_LIMIT = 10;
export const DEFAULT_WIDGET_LIMIT = 4;

/** `limit="…"` as a number from 1 to WIDGET_FEED_LIMIT; the default when absent or not a number. */
export function widgetLimit(value: string | null | undefined): number {
  const parsed = Number.parseInt(value ?? '', 10);
  if (!Number.isFinite(parsed)) return DEFAULT_WIDGET_LIMIT;
  return Math.min(Math.max(parsed, 1), WIDGET_FEED_LIMIT);
}

/** A region id as in content/data/regions.yaml (`almaty-region`); anything else is ignored. */
export function isRegionId(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^[a-z]+(-[a-z]+)*$/.test(value);
}
