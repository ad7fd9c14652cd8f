/**
 * Floods in the store: a region's run of reports far above its normal rate, from when it was
 * noticed to when it ended, and the reports marked `suspected_flood` meanwhile. One flood of a
 * region is open at a time (`open_region` is unique), so servers sharing a database start and end
 * it once between them.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Row, SqlValue } from '../db/types.ts';

export interface Flood {
  id: string;
  region: string;
  startedAt: Date;
  /** Undefined while it goes on. */
  endedAt: Date | undefined;
  /** Its reports the office has not closed, answered or heard from again. */
  waiting: number;
}

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

const toFlood = (row: Row): Flood => ({
  id: String(row['id']),
  region: String(row['region']),
  startedAt: new Date(String(row['started_at'])),
  endedAt: row['ended_at'] ? new Date(String(row['ended_at'])) : undefined,
  waiting: Number(row['waiting'] ?? 0),
});

/**
 * A flood's reports: of its region, marked, sent from its start to its end (or now); the start
 * reaches back one window, to the reports marked as its leading edge (src/server/floods/flood-edge.ts).
 */
const FLOOD_REPORTS = `reports.region = floods.region AND reports.suspected_flood = 1
  AND reports.created_at >= floods.marked_from AND (floods.ended_at IS NULL OR reports.created_at <= floods.ended_at)`;

export function createFloods(db: Db) {
  return {
    /** Reports of `region` sent at or after `since`. */
    async reportsSince(region: string, since: Date): Promise<number> {
      const row = await db.get('SELECT COUNT(*) AS n FROM reports WHERE region = ? AND created_at >= ?', [region, since.toISOString()]);
      return Number(row?.['n'] ?? 0);
    },

    /** Reports of `region` sent from `since` to before `until`, not marked: its normal traffic. */
    async normalSince(region: string, since: Date, until: Date): Promise<number> {
      const row = await db.get('SELECT COUNT(*) AS n FROM reports WHERE region = ? AND created_at >= ? AND created_at < ? AND suspected_flood = 0', [
        region,
        since.toISOString(),
        until.toISOString(),
      ]);
      return Number(row?.['n'] ?? 0);
    },

    /** Marks these reports as suspected flood (the leading edge of one, src/server/floods/flood-edge.ts). */
    async mark(ids: readonly string[]): Promise<void> {
      if (ids.length > 0) await db.run(`UPDATE reports SET suspected_flood = 1 WHERE id IN (${placeholders(ids.length)})`, ids);
    },

    /** Whether `region` has a flood going on. */
    async isOpen(region: string): Promise<boolean> {
      return (await db.get('SELECT id FROM floods WHERE open_region = ?', [region])) !== undefined;
    },

    /** The regions with a flood going on. */
    async openRegions(): Promise<string[]> {
      return (await db.all('SELECT region FROM floods WHERE open_region IS NOT NULL ORDER BY region')).map((row) => String(row['region']));
    },

    /**
     * Opens a flood of `region` noticed at `at`, whose marked reports reach back to `markedFrom`;
     * false when one was already open (another process, or an earlier report).
     */
    async start(region: string, at: Date, markedFrom: Date): Promise<boolean> {
      const changed = await db.run(
        'INSERT INTO floods (id, region, started_at, marked_from, ended_at, open_region) VALUES (?, ?, ?, ?, NULL, ?) ON CONFLICT (open_region) DO NOTHING',
        [randomUUID(), region, at.toISOString(), markedFrom.toISOString(), region],
      );
      return changed === 1;
    },

    /** Ends the open flood of `region`; false when none was open. */
    async end(region: string, at: Date): Promise<boolean> {
      return (await db.run('UPDATE floods SET ended_at = ?, open_region = NULL WHERE open_region = ?', [at.toISOString(), region])) === 1;
    },

    /** Floods of the last `days` days in these regions (undefined: every region), newest first, with their waiting reports. */
    async recent(allowedRegions: readonly string[] | undefined, since: Date): Promise<Flood[]> {
      if (allowedRegions?.length === 0) return [];
      const params: SqlValue[] = [since.toISOString()];
      let where = '(floods.ended_at IS NULL OR floods.ended_at >= ?)';
      if (allowedRegions) {
        where += ` AND floods.region IN (${placeholders(allowedRegions.length)})`;
        params.push(...allowedRegions);
      }
      const rows = await db.all(
        `SELECT floods.id, floods.region, floods.started_at, floods.ended_at,
           (SELECT COUNT(*) FROM reports WHERE ${FLOOD_REPORTS} AND reports.status = 'received') AS waiting
         FROM floods WHERE ${where} ORDER BY floods.started_at DESC, floods.id`,
        params,
      );
      return rows.map(toFlood);
    },

    async byId(id: string): Promise<Flood | undefined> {
      const row = await db.get(
        `SELECT floods.id, floods.region, floods.started_at, floods.ended_at,
           (SELECT COUNT(*) FROM reports WHERE ${FLOOD_REPORTS} AND reports.status = 'received') AS waiting
         FROM floods WHERE floods.id = ?`,
        [id],
      );
      return row ? toFlood(row) : undefined;
    },

    /**
     * Closes the flood's marked reports nobody has touched yet (still `received`: no reply, no
     * second message from the sender); returns how many. A case the office answered, or whose
     * sender wrote again, stays in the queue.
     */
    async closeReports(id: string, at: Date): Promise<number> {
      const when = at.toISOString();
      return db.run(
        `UPDATE reports SET status = 'closed', updated_at = ?, closed_at = ?
         WHERE status = 'received' AND id IN (SELECT reports.id FROM reports, floods WHERE floods.id = ? AND ${FLOOD_REPORTS})`,
        [when, when, id],
      );
    },
  };
}

export type Floods = ReturnType<typeof createFloods>;
