/**
 * Reach: page views counted without identifiers. A view is one load of a public page;
 * the server adds one to a counter per day (Asia/Almaty), path, lang, source and region, and
 * keeps nothing else. Pure rules here: the hit's schema, the day, and the sums the inbox shows.
 */
import { z } from 'zod';
import { LANGS } from './langs.ts';
import { TIME_ZONE } from './dates.ts';
import { HIT_SOURCES, REGION_ID } from './hit.ts';

export { HIT_SOURCES, QR_SOURCES, type HitSource, type QrSource } from './hit.ts';

/** A hit's body may not be larger than this: a path, a lang, a source and a region fit easily. */
export const HIT_BODY_LIMIT_BYTES = 1024;

/** What `POST /api/hits` takes. The path must also be a page of the site (checked by the route). */
export const hitSchema = z.object({
  /** The page's path, e.g. `/kk/articles/bullying-what-it-is/`; never a query or a fragment. */
  path: z
    .string()
    .max(300)
    .regex(/^\/[a-z0-9\-/.]*$/),
  lang: z.enum(LANGS),
  source: z.enum(HIT_SOURCES),
  /** A region id from a poster's QR code or the widget's `region`; empty when none. */
  region: z
    .string()
    .max(60)
    .optional()
    .transform((value) => value ?? '')
    .refine((value) => value === '' || REGION_ID.test(value)),
  /** The widget's signature on a `source: widget` hit (src/integrations/widget-bundle.ts); never stored. */
  token: z.string().max(64).optional(),
});
export type Hit = z.output<typeof hitSchema>;

/** One counter row, as stored and as exported. */
export interface ViewCount {
  /** `YYYY-MM-DD` in Asia/Almaty. */
  day: string;
  path: string;
  lang: string;
  source: string;
  region: string;
  views: number;
}

/** The columns of `GET /admin/reach/export`, in this order (docs/design.md). */
export const EXPORT_COLUMNS = ['day', 'path', 'lang', 'source', 'region', 'views'] as const;

const almatyDate = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day (`YYYY-MM-DD`) a moment falls on in Kazakhstan: the only time a view keeps. */
export function almatyDay(at: Date): string {
  return almatyDate.format(at);
}

/** `YYYY-MM` of a `YYYY-MM-DD` day. */
export const monthOf = (day: string) => day.slice(0, 7);

/** The Monday of the week of a `YYYY-MM-DD` day. */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** What the counter keeps of a page besides its path: its kind and the audiences it is for. */
export interface PageInfo {
  kind: PageKind;
  audiences: readonly string[];
}

export const PAGE_KINDS = [
  'home',
  'audience',
  'articles',
  'videos',
  'webinars',
  'topics',
  'help',
  'case',
  'search',
  'schools',
  'posters',
  'transparency',
  'safe-region',
  'embed',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Views summed by one key; largest first. */
export function sumBy(counts: readonly ViewCount[], key: (count: ViewCount) => readonly string[] | string): { key: string; views: number }[] {
  const sums = new Map<string, number>();
  for (const count of counts) {
    const keys = key(count);
    for (const one of typeof keys === 'string' ? [keys] : keys) sums.set(one, (sums.get(one) ?? 0) + count.views);
  }
  return [...sums].map(([name, views]) => ({ key: name, views })).sort((a, b) => b.views - a.views || a.key.localeCompare(b.key));
}

/** Views per week or month, oldest first, with every period of `periods` present. */
export function sumByPeriod(counts: readonly ViewCount[], period: (day: string) => string, periods: readonly string[]): { key: string; views: number }[] {
  const sums = new Map(periods.map((key) => [key, 0]));
  for (const count of counts) {
    const key = period(count.day);
    if (sums.has(key)) sums.set(key, sums.get(key)! + count.views);
  }
  return [...sums].map(([key, views]) => ({ key, views }));
}

/** The `count` months up to the one of `day`, oldest first. */
export function monthsUpTo(day: string, count: number): string[] {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1 - (count - 1 - index), 1));
    return date.toISOString().slice(0, 7);
  });
}

/** The Mondays of the `count` weeks up to the week of `day`, oldest first. */
export function weeksUpTo(day: string, count: number): string[] {
  const monday = Date.parse(`${weekOf(day)}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => new Date(monday - (count - 1 - index) * 7 * 86_400_000).toISOString().slice(0, 10));
}
