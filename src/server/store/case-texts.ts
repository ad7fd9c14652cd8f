/**
 * The texts of cases as the inbox's search and queue need them: every message and note of the
 * cases a filter selects, and the opening of each case's first message for the queue's rows.
 * Read on each request and dropped after it: no index of the children's words is ever written
 * down, so the texts can be sealed at rest and the search still works once they are opened.
 */
import type { Db } from '../db/types.ts';
import { queueWhere, type QueueFilter } from './inbox.ts';

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

export function createCaseTexts(db: Db) {
  return {
    /** Each case's messages and internal notes, by case id, for the cases `filter` selects. */
    async of(filter: QueueFilter): Promise<Map<string, string[]>> {
      const where = queueWhere(filter);
      const texts = new Map<string, string[]>();
      if (!where) return texts;
      const rows = await db.all(
        `SELECT t.report_id, t.body FROM messages t JOIN reports ON reports.id = t.report_id WHERE ${where.sql}
         UNION ALL
         SELECT t.report_id, t.body FROM notes t JOIN reports ON reports.id = t.report_id WHERE ${where.sql}`,
        [...where.params, ...where.params],
      );
      for (const row of rows) {
        const id = String(row['report_id']);
        const list = texts.get(id);
        if (list) list.push(String(row['body']));
        else texts.set(id, [String(row['body'])]);
      }
      return texts;
    },

    /** The student's first message of each case, whole: the queue cuts its opening (lib/preview.ts). */
    async firstMessages(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db.all(`SELECT report_id, body FROM messages WHERE seq = 1 AND report_id IN (${placeholders(ids.length)})`, ids);
      return new Map(rows.map((row) => [String(row['report_id']), String(row['body'])]));
    },
  };
}

export type CaseTexts = ReturnType<typeof createCaseTexts>;
