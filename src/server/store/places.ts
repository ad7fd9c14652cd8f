/**
 * The Safe region register: the places of unsafe-place reports and what the office did with
 * them. The public side reads only the office's settlement, kind, public notes and the month a
 * place was fixed; the child's settlement and landmark are forgotten with the case.
 */
import { randomUUID } from 'node:crypto';
import { almatyDay } from '../../lib/reach.ts';
import type { Place, PlaceChange, PlaceKind, PlaceStatus } from '../../lib/safe-region.ts';
import type { Db, Row, SqlValue } from '../db/types.ts';
import type { RegisterPlace } from '../../lib/case-views.ts';

export type { RegisterPlace } from '../../lib/case-views.ts';

/** A fixed place as the public pages show it: nothing the student wrote, only what the office did. */
export interface FixedPlace {
  region: string;
  /** The office's name of the settlement; '' for a place fixed before the office named one. */
  settlement: string;
  kind: PlaceKind;
  publicNoteKk: string;
  publicNoteRu: string;
  /** `YYYY-MM`: never a finer date. */
  monthFixed: string;
}

export interface RegionYear {
  region: string;
  reported: number;
  passed: number;
  fixed: number;
}

export interface RegisterFilter {
  status?: PlaceStatus | undefined;
  kind?: PlaceKind | undefined;
  region?: string | undefined;
  /** The regions the person may see; undefined means every region. */
  allowedRegions?: readonly string[] | undefined;
}

const orUndefined = (value: SqlValue | undefined) => (value === null || value === undefined ? undefined : String(value));

const toPlace = (row: Row): RegisterPlace => ({
  id: String(row['id']),
  reportId: orUndefined(row['report_id']),
  region: String(row['region']),
  settlement: String(row['settlement']),
  landmark: String(row['landmark']),
  officeSettlement: orUndefined(row['office_settlement']),
  kind: row['kind'] as PlaceKind,
  status: row['status'] as PlaceStatus,
  addressee: orUndefined(row['addressee']),
  passedOn: orUndefined(row['passed_on']),
  publicNoteKk: orUndefined(row['public_note_kk']),
  publicNoteRu: orUndefined(row['public_note_ru']),
  reportedAt: new Date(String(row['reported_at'])),
  fixedAt: row['fixed_at'] ? new Date(String(row['fixed_at'])) : undefined,
});

/**
 * Forgets what the child typed of the places of these cases (settlement and landmark), inside the
 * transaction that deletes the cases: the office keeps only what it wrote (docs/privacy.md).
 */
export async function forgetChildPlaceText(tx: Db, reportsWhere: string, params: SqlValue[]): Promise<void> {
  await tx.run(`UPDATE places SET settlement = '', landmark = '' WHERE report_id IN (SELECT id FROM reports WHERE ${reportsWhere})`, params);
}

/** Adds the place of a new report, inside the report's own transaction. */
export async function insertPlace(tx: Db, reportId: string, region: string, place: Place, at: Date): Promise<void> {
  const when = at.toISOString();
  await tx.run(
    `INSERT INTO places (id, report_id, region, settlement, landmark, kind, status, reported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'reported', ?, ?)`,
    [randomUUID(), reportId, region, place.settlement, place.landmark, place.kind, when, when],
  );
}

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

export function createPlaces(db: Db) {
  return {
    async ofReport(reportId: string): Promise<RegisterPlace | undefined> {
      const row = await db.get('SELECT * FROM places WHERE report_id = ?', [reportId]);
      return row ? toPlace(row) : undefined;
    },

    /** Moves a place; `fixed_at` is set when it becomes fixed and cleared when it stops being so. */
    async change(id: string, change: PlaceChange, at: Date): Promise<void> {
      const when = at.toISOString();
      const passed = change.status === 'passed-to-akimat' || change.status === 'fixed';
      const fixed = change.status === 'fixed';
      await db.run(
        `UPDATE places SET status = ?, office_settlement = ?, addressee = ?, passed_on = ?, public_note_kk = ?, public_note_ru = ?,
           fixed_at = CASE WHEN ? = 1 THEN COALESCE(fixed_at, ?) ELSE NULL END, updated_at = ? WHERE id = ?`,
        [
          change.status,
          change.settlement ?? null,
          passed ? (change.addressee ?? null) : null,
          passed ? (change.passedOn ?? null) : null,
          fixed ? (change.publicNoteKk ?? null) : null,
          fixed ? (change.publicNoteRu ?? null) : null,
          fixed ? 1 : 0,
          when,
          when,
          id,
        ],
      );
    },

    /** The register of the regions a person may see, oldest report first. */
    async register(filter: RegisterFilter): Promise<RegisterPlace[]> {
      const where: string[] = ['1 = 1'];
      const params: SqlValue[] = [];
      for (const [column, value] of [
        ['status', filter.status],
        ['kind', filter.kind],
        ['region', filter.region],
      ] as const) {
        if (value) {
          where.push(`${column} = ?`);
          params.push(value);
        }
      }
      if (filter.allowedRegions) {
        if (filter.allowedRegions.length === 0) return [];
        where.push(`region IN (${placeholders(filter.allowedRegions.length)})`);
        params.push(...filter.allowedRegions);
      }
      const rows = await db.all(`SELECT * FROM places WHERE ${where.join(' AND ')} ORDER BY reported_at, id`, params);
      return rows.map(toPlace);
    },

    /** The settlements the office has named in a region, to choose from on the case page. */
    async officeSettlements(region: string): Promise<string[]> {
      const rows = await db.all('SELECT DISTINCT office_settlement FROM places WHERE region = ? AND office_settlement IS NOT NULL ORDER BY office_settlement', [
        region,
      ]);
      return rows.map((row) => String(row['office_settlement']));
    },

    /**
     * Fixed places, newest first; of one region when given. Only their public fields leave here,
     * and the settlement is the office's own: a place fixed before the office named one shows none.
     */
    async fixed(region?: string): Promise<FixedPlace[]> {
      const rows = await db.all(
        `SELECT region, office_settlement, kind, public_note_kk, public_note_ru, fixed_at FROM places
         WHERE status = 'fixed' ${region ? 'AND region = ?' : ''} ORDER BY fixed_at DESC, id`,
        region ? [region] : [],
      );
      return rows.map((row) => ({
        region: String(row['region']),
        settlement: String(row['office_settlement'] ?? ''),
        kind: row['kind'] as PlaceKind,
        publicNoteKk: String(row['public_note_kk'] ?? ''),
        publicNoteRu: String(row['public_note_ru'] ?? ''),
        monthFixed: almatyDay(new Date(String(row['fixed_at']))).slice(0, 7),
      }));
    },

    /**
     * Per region: places reported, passed to the akimat and fixed between `from` and `to`
     * (ISO times). Passed counts the date the office gave; fixed, the day it was marked fixed.
     */
    async yearCounts(from: string, to: string): Promise<RegionYear[]> {
      const day = (value: string) => value.slice(0, 10);
      const rows = await db.all(
        `SELECT region,
           SUM(CASE WHEN reported_at >= ? AND reported_at < ? THEN 1 ELSE 0 END) AS reported,
           SUM(CASE WHEN passed_on >= ? AND passed_on < ? THEN 1 ELSE 0 END) AS passed,
           SUM(CASE WHEN status = 'fixed' AND fixed_at >= ? AND fixed_at < ? THEN 1 ELSE 0 END) AS fixed
         FROM places GROUP BY region ORDER BY region`,
        [from, to, day(from), day(to), from, to],
      );
      return rows
        .map((row) => ({ region: String(row['region']), reported: Number(row['reported']), passed: Number(row['passed']), fixed: Number(row['fixed']) }))
        .filter((row) => row.reported + row.passed + row.fixed > 0);
    },
  };
}

export type Places = ReturnType<typeof createPlaces>;
