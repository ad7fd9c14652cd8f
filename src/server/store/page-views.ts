/**
 * Page views: one counter row per day, path, lang, source and region. A view adds one
 * to its row (summed in memory first, src/server/reach/hit-buffer.ts); nothing about who viewed, from where or at what time of the day is ever written.
 */
import type { Hit, ViewCount } from '../../lib/reach.ts';
import type { Db } from '../db/types.ts';

/** Totals of one month for the transparency page. */
export interface MonthlyViews {
  month: string;
  pageViews: number;
  widgetViews: number;
}

/** Views of one counter row not yet written. */
export interface PendingViews {
  hit: Hit;
  /** `YYYY-MM-DD` in Asia/Almaty. */
  day: string;
  views: number;
}

const ADD = `INSERT INTO page_views (day, path, lang, source, region, views) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (day, path, lang, source, region) DO UPDATE SET views = page_views.views + excluded.views`;

export function createPageViews(db: Db) {
  return {
    /** Adds the views of several rows in one transaction; concurrent writes to one row all count. */
    async add(rows: readonly PendingViews[]): Promise<void> {
      await db.transaction(async (tx) => {
        for (const { hit, day, views } of rows) await tx.run(ADD, [day, hit.path, hit.lang, hit.source, hit.region, views]);
      });
    },

    /** Every row from `since` (a `YYYY-MM-DD` day) on, oldest first: what the export writes. */
    async since(since: string): Promise<ViewCount[]> {
      const rows = await db.all('SELECT day, path, lang, source, region, views FROM page_views WHERE day >= ? ORDER BY day, path, lang, source, region', [
        since,
      ]);
      return rows.map((row) => ({
        day: String(row['day']),
        path: String(row['path']),
        lang: String(row['lang']),
        source: String(row['source']),
        region: String(row['region']),
        views: Number(row['views']),
      }));
    },

    /** Page views (every source but the widget) and widget views per month from `since` on. */
    async monthly(since: string): Promise<MonthlyViews[]> {
      const rows = await db.all(
        `SELECT SUBSTR(day, 1, 7) AS month,
           SUM(CASE WHEN source = 'widget' THEN 0 ELSE views END) AS pages,
           SUM(CASE WHEN source = 'widget' THEN views ELSE 0 END) AS widget
         FROM page_views WHERE day >= ? GROUP BY SUBSTR(day, 1, 7) ORDER BY month`,
        [since],
      );
      return rows.map((row) => ({ month: String(row['month']), pageViews: Number(row['pages']), widgetViews: Number(row['widget']) }));
    },
  };
}

export type PageViews = ReturnType<typeof createPageViews>;
