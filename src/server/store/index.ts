/** Opens the database that `DATABASE_URL` names, brings its schema up to date, and the stores on it. */
import type { StoreLocation } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openPostgres } from '../db/postgres.ts';
import { openSqlite } from '../db/sqlite.ts';
import type { Db } from '../db/types.ts';
import { createAlertQueue } from './alerts.ts';
import { createAuditLog } from './audit.ts';
import { createCaseTexts } from './case-texts.ts';
import { createDueStatistics } from './due-statistics.ts';
import { createFloods } from './floods.ts';
import { createInbox } from './inbox.ts';
import { createOwners } from './owners.ts';
import { createLeases } from './leases.ts';
import { createProfiles } from './profiles.ts';
import { MIGRATIONS } from './migrations.ts';
import { createPageViews } from './page-views.ts';
import { createPlaces } from './places.ts';
import { createReportStore } from './reports.ts';
import { createSessionStore } from './sessions.ts';
import { createStatistics } from './statistics.ts';
import type { ReportStore } from './types.ts';
import { createUserStore } from './users.ts';
import { checkCaseCodeKey } from './key-fingerprint.ts';
import { createOneTimeViews } from './one-time-views.ts';
import { createSubmissionKeys } from './submission-keys.ts';

export async function openDb(location: StoreLocation): Promise<Db> {
  const db = location.kind === 'postgres' ? openPostgres(location.url) : openSqlite(location.path);
  try {
    await migrate(db, MIGRATIONS);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * The database a server may serve from: opened, its schema brought up to date, and its case-code
 * key checked against `key` (store/key-fingerprint.ts). Refused, with no connection left behind,
 * when it cannot be opened (the error names the database) or knows another key.
 */
export async function openCheckedDb(location: StoreLocation, key: Buffer): Promise<Db> {
  const name = location.kind === 'postgres' ? 'the PostgreSQL database of DATABASE_URL' : `the SQLite file ${location.path}`;
  const db = await openDb(location).catch((error: Error) => {
    throw Object.assign(new Error(`${name} cannot be opened: ${error.message}`, { cause: error }), { name: error.name });
  });
  try {
    await checkCaseCodeKey(db, key);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

export async function openStore(location: StoreLocation): Promise<ReportStore> {
  return createReportStore(await openDb(location));
}

/** The stores of the regional offices' inbox, on the same database as the reports. */
export function createOfficeStores(db: Db) {
  return {
    reports: createReportStore(db),
    users: createUserStore(db),
    sessions: createSessionStore(db),
    audit: createAuditLog(db),
    inbox: createInbox(db),
    statistics: createStatistics(db),
    pageViews: createPageViews(db),
    places: createPlaces(db),
    alerts: createAlertQueue(db),
    leases: createLeases(db),
    profiles: createProfiles(db),
    caseTexts: createCaseTexts(db),
    owners: createOwners(db),
    dueStatistics: createDueStatistics(db),
    oneTimeViews: createOneTimeViews(db),
    submissionKeys: createSubmissionKeys(db),
    floods: createFloods(db),
  };
}

export type OfficeStores = ReturnType<typeof createOfficeStores>;
export type { ReportStore };
