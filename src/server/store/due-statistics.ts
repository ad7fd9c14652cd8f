/**
 * Answered in time, per region and month the case was filed (`YYYY-MM`, UTC, as the other
 * statistics): of the cases that were answered or whose due date has passed, how many got their
 * first reply by the due date. Counts only, never a case.
 */
import type { Db } from '../db/types.ts';

export interface InTimeCount {
  month: string;
  region: string;
  /** Answered, or past their due date without an answer. */
  total: number;
  inTime: number;
}

export function createDueStatistics(db: Db) {
  return {
    async answeredInTime(since: Date, now: Date): Promise<InTimeCount[]> {
      const month = 'SUBSTR(created_at, 1, 7)';
      const rows = await db.all(
        `SELECT ${month} AS month, region, COUNT(*) AS n,
           SUM(CASE WHEN first_reply_at IS NOT NULL AND first_reply_at <= due_at THEN 1 ELSE 0 END) AS in_time
         FROM reports
         WHERE due_at IS NOT NULL AND created_at >= ? AND (first_reply_at IS NOT NULL OR due_at < ?)
         GROUP BY ${month}, region ORDER BY month, region`,
        [since.toISOString(), now.toISOString()],
      );
      return rows.map((row) => ({ month: String(row['month']), region: String(row['region']), total: Number(row['n']), inTime: Number(row['in_time']) }));
    },
  };
}
