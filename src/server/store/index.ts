/** Opens the database that `DATABASE_URL` names, brings its schema up to date, and the stores on it. */
import type { StoreLocation } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openSqlite } from '../db/sqlite.ts';
import type { Db } from '../db/types.ts';
import { createAuditLog } from './audit.ts';
import { createInbox } from './inbox.ts';
import { MIGRATIONS } from './migrations.ts';
import { createReportStore } from './reports.ts';
import { createSessionStore } from './sessions.ts';
import { createStatistics } from './statistics.ts';
import type { ReportStore } from './types.ts';
import { createUserStore } from './users.ts';

export async function openDb(location: StoreLocation): Promise<Db> {
  if (location.kind === 'postgres') {
    throw new Error('DATABASE_URL names PostgreSQL, which this version cannot use yet: unset it to use SQLite');
  }
  const db = openSqlite(location.path);
  await migrate(db, MIGRATIONS);
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
  };
}

export type OfficeStores = ReturnType<typeof createOfficeStores>;
export type { ReportStore };
