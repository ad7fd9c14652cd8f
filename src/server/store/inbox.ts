/**
 * The office's side of the cases: the queue, a case with its internal notes, and notes. Replies
 * and status changes go through the report store, which also moves `first_reply_at`.
 */
import type { CaseStatus } from '../../lib/report.ts';
import type { Db, Row, SqlValue } from '../db/types.ts';
import type { MessageAuthor, OfficeCase, QueueItem } from '../../lib/case-views.ts';

export type { Note, OfficeCase, OfficeMessage, QueueItem } from '../../lib/case-views.ts';
import { lockRow } from '../db/locks.ts';

export interface QueueFilter {
  /** One status, or undefined for every case not closed. */
  status?: CaseStatus | undefined;
  category?: string | undefined;
  region?: string | undefined;
  /** The regions the person may see; undefined means every region. */
  allowedRegions?: readonly string[] | undefined;
  /** Cases of one owner (a staff account's id), or `none`: the region's, nobody's yet. */
  owner?: { id: string } | 'none' | undefined;
}

/** One page of the queue; the office moves through a long queue page by page. */
export const QUEUE_PAGE_SIZE = 50;

export interface QueueWindow {
  offset: number;
  limit: number;
}
const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

const toItem = (row: Row): QueueItem => ({
  id: String(row['id']),
  region: String(row['region']),
  category: String(row['category']),
  status: row['status'] as CaseStatus,
  urgent: Number(row['urgent']) === 1,
  suspectedFlood: Number(row['suspected_flood']) === 1,
  lang: String(row['lang']),
  ageBand: row['age_band'] === null || row['age_band'] === undefined ? undefined : String(row['age_band']),
  createdAt: new Date(String(row['created_at'])),
  updatedAt: new Date(String(row['updated_at'])),
  ownerId: row['owner_id'] === null || row['owner_id'] === undefined ? undefined : String(row['owner_id']),
  dueAt: row['due_at'] ? new Date(String(row['due_at'])) : undefined,
  replied: Boolean(row['first_reply_at']),
});

const QUEUE_COLUMNS = 'id, region, category, status, urgent, suspected_flood, lang, age_band, created_at, updated_at, owner_id, due_at, first_reply_at';
/** A case still waiting for the office (not answered, not closed). */
const WAITING = "status IN ('received', 'in-review')";

/**
 * Cases waiting for the office come first, urgent ones at the very top; then the oldest first,
 * so nobody who wrote early waits longest. A waiting case marked a suspected flood comes after
 * every other waiting one (floodLast), so hundreds of junk "urgent" reports cannot push a real
 * one off the first page.
 */
const floodLast = (rank: string) => `CASE WHEN ${WAITING} AND suspected_flood = 1 THEN 2 ELSE ${rank} END`;
const QUEUE_ORDER = `ORDER BY
  ${floodLast(`CASE WHEN urgent = 1 AND ${WAITING} THEN 0 WHEN ${WAITING} THEN 1 ELSE 3 END`)},
  created_at, id`;

/**
 * The queue's WHERE clause, or undefined when the person may see no region at all. Its column
 * names are those of `reports` alone, so it also filters a join of reports with their texts.
 */
export function queueWhere(filter: QueueFilter): { sql: string; params: SqlValue[] } | undefined {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filter.status) {
    where.push('status = ?');
    params.push(filter.status);
  } else where.push("status <> 'closed'");
  if (filter.category) {
    where.push('category = ?');
    params.push(filter.category);
  }
  if (filter.region) {
    where.push('region = ?');
    params.push(filter.region);
  }
  if (filter.allowedRegions) {
    if (filter.allowedRegions.length === 0) return undefined;
    where.push(`region IN (${placeholders(filter.allowedRegions.length)})`);
    params.push(...filter.allowedRegions);
  }
  if (filter.owner === 'none') where.push('owner_id IS NULL');
  else if (filter.owner) {
    where.push('owner_id = ?');
    params.push(filter.owner.id);
  }
  return { sql: where.join(' AND '), params };
}

export function createInbox(db: Db) {
  return {
    async queue(filter: QueueFilter, { offset, limit }: QueueWindow = { offset: 0, limit: QUEUE_PAGE_SIZE }): Promise<QueueItem[]> {
      const where = queueWhere(filter);
      if (!where) return [];
      const sql = `SELECT ${QUEUE_COLUMNS} FROM reports WHERE ${where.sql} ${QUEUE_ORDER} LIMIT ? OFFSET ?`;
      return (await db.all(sql, [...where.params, limit, offset])).map(toItem);
    },

    /** The id of every case of the filter, in the queue's order: what a search narrows down in memory. */
    async queueIds(filter: QueueFilter): Promise<string[]> {
      const where = queueWhere(filter);
      if (!where) return [];
      return (await db.all(`SELECT id FROM reports WHERE ${where.sql} ${QUEUE_ORDER}`, where.params)).map((row) => String(row['id']));
    },

    /** The queue's rows of these cases, in the order of `ids`. */
    async queueItems(ids: readonly string[]): Promise<QueueItem[]> {
      if (ids.length === 0) return [];
      const rows = await db.all(`SELECT ${QUEUE_COLUMNS} FROM reports WHERE id IN (${placeholders(ids.length)})`, ids);
      const byId = new Map(rows.map((row) => [String(row['id']), toItem(row)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    /** How many cases the queue holds with this filter: to find its last page. */
    async count(filter: QueueFilter): Promise<number> {
      const where = queueWhere(filter);
      if (!where) return 0;
      return Number((await db.get(`SELECT COUNT(*) AS n FROM reports WHERE ${where.sql}`, where.params))?.['n'] ?? 0);
    },

    async case(id: string): Promise<OfficeCase | undefined> {
      const row = await db.get('SELECT * FROM reports WHERE id = ?', [id]);
      if (!row) return undefined;
      const messages = await db.all('SELECT author, author_user, body, created_at FROM messages WHERE report_id = ? ORDER BY seq', [id]);
      const notes = await db.all('SELECT author, body, created_at FROM notes WHERE report_id = ? ORDER BY seq', [id]);
      return {
        ...toItem(row),
        contact: row['contact'] === null ? undefined : String(row['contact']),
        firstReplyAt: row['first_reply_at'] ? new Date(String(row['first_reply_at'])) : undefined,
        messages: messages.map((message) => ({
          author: message['author'] as MessageAuthor,
          authorUser: message['author_user'] === null ? undefined : String(message['author_user']),
          text: String(message['body']),
          at: new Date(String(message['created_at'])),
        })),
        notes: notes.map((note) => ({ author: String(note['author']), text: String(note['body']), at: new Date(String(note['created_at'])) })),
      };
    },

    /** An internal note: the office sees it, the student never does. */
    async addNote(caseId: string, author: string, text: string, at: Date): Promise<void> {
      await db.transaction(async (tx) => {
        // Two notes on one case at once would both take the same next seq on PostgreSQL.
        await lockRow(tx, 'reports', caseId);
        await tx.run(
          `INSERT INTO notes (report_id, seq, author, body, created_at)
           VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM notes WHERE report_id = ?), ?, ?, ?)`,
          [caseId, caseId, author, text, at.toISOString()],
        );
      });
    },
  };
}

export type Inbox = ReturnType<typeof createInbox>;
