/**
 * Aggregates for the statistics page and the public transparency page: counts grouped in SQL and
 * reply times as bare numbers, never a report's row, text or id. Days are UTC dates.
 */
import { median } from '../../lib/median.ts';
import type { DayCount } from '../../lib/statistics.ts';
import type { Db } from '../db/types.ts';

export type { DayCount };

export interface ReplyTime {
  day: string;
  category: string;
  region: string;
  /** Hours from the report to the office's first reply. */
  hours: number;
}

/** What the public transparency page may know: counts per month, and the median per month. */
export interface MonthlyFigures {
  byCategory: { month: string; category: string; count: number }[];
  byRegion: { month: string; region: string; count: number }[];
  replies: { month: string; replied: number; medianHours: number | undefined }[];
}

const hoursBetween = (from: unknown, to: unknown) => (Date.parse(String(to)) - Date.parse(String(from))) / 3_600_000;

export function createStatistics(db: Db) {
  return {
    /** Counts per month (`YYYY-MM`, UTC) since `since`: aggregates only, never a report's row. */
    async monthly(since: Date): Promise<MonthlyFigures> {
      const month = 'SUBSTR(created_at, 1, 7)';
      const from = [since.toISOString()];
      const byCategory = await db.all(`SELECT ${month} AS month, category, COUNT(*) AS n FROM reports WHERE created_at >= ? GROUP BY ${month}, category`, from);
      const byRegion = await db.all(`SELECT ${month} AS month, region, COUNT(*) AS n FROM reports WHERE created_at >= ? GROUP BY ${month}, region`, from);
      // The median is computed here, in TypeScript, so that only it leaves this function.
      const times = await db.all('SELECT created_at, first_reply_at FROM reports WHERE created_at >= ? AND first_reply_at IS NOT NULL', from);
      const perMonth = new Map<string, number[]>();
      for (const row of times) {
        const key = String(row['created_at']).slice(0, 7);
        perMonth.set(key, [...(perMonth.get(key) ?? []), hoursBetween(row['created_at'], row['first_reply_at'])]);
      }
      return {
        byCategory: byCategory.map((row) => ({ month: String(row['month']), category: String(row['category']), count: Number(row['n']) })),
        byRegion: byRegion.map((row) => ({ month: String(row['month']), region: String(row['region']), count: Number(row['n']) })),
        replies: [...perMonth].map(([key, hours]) => ({ month: key, replied: hours.length, medianHours: median(hours) })),
      };
    },

    /** Reports per day, category, region and urgency since `since`. */
    async dayCounts(since: Date): Promise<DayCount[]> {
      const rows = await db.all(
        `SELECT SUBSTR(created_at, 1, 10) AS day, category, region, urgent, COUNT(*) AS n FROM reports
         WHERE created_at >= ? GROUP BY SUBSTR(created_at, 1, 10), category, region, urgent ORDER BY day`,
        [since.toISOString()],
      );
      return rows.map((row) => ({
        day: String(row['day']),
        category: String(row['category']),
        region: String(row['region']),
        urgent: Number(row['urgent']) === 1,
        count: Number(row['n']),
      }));
    },

    /** How long each answered report since `since` waited for its first reply. */
    async replyTimes(since: Date): Promise<ReplyTime[]> {
      const rows = await db.all('SELECT category, region, created_at, first_reply_at FROM reports WHERE created_at >= ? AND first_reply_at IS NOT NULL', [
        since.toISOString(),
      ]);
      return rows.map((row) => ({
        day: String(row['created_at']).slice(0, 10),
        category: String(row['category']),
        region: String(row['region']),
        hours: hoursBetween(row['created_at'], row['first_reply_at']),
      }));
    },

    /** Cases waiting for the office: received or in review. */
    async backlog(): Promise<number> {
      const row = await db.get("SELECT COUNT(*) AS n FROM reports WHERE status IN ('received', 'in-review')");
      return Number(row?.['n'] ?? 0);
    },
  };
}

export type Statistics = ReturnType<typeof createStatistics>;
