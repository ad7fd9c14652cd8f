/**
 * Aggregates for the statistics page and the public transparency page: counts grouped in SQL and
 * reply times as bare numbers, never a report's row, text or id. Days are UTC dates.
 */
import type { Db } from '../db/types.ts';

export interface DayCount {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  category: string;
  region: string;
  urgent: boolean;
  count: number;
}

export interface ReplyTime {
  day: string;
  category: string;
  region: string;
  /** Hours from the report to the office's first reply. */
  hours: number;
}

export function createStatistics(db: Db) {
  return {
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
      const rows = await db.all(
        'SELECT category, region, created_at, first_reply_at FROM reports WHERE created_at >= ? AND first_reply_at IS NOT NULL',
        [since.toISOString()],
      );
      return rows.map((row) => ({
        day: String(row['created_at']).slice(0, 10),
        category: String(row['category']),
        region: String(row['region']),
        hours: (Date.parse(String(row['first_reply_at'])) - Date.parse(String(row['created_at']))) / 3_600_000,
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
