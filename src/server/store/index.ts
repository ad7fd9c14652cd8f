/** Opens the database that `DATABASE_URL` names, brings its schema up to date, and the stores on it. */
import type { StoreLocation } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openSqlite } from '../db/sqlite.ts';
import type { Db } from '../db/types.ts';
import { MIGRATIONS } from './migrations.ts';
import { createReportStore } from './reports.ts';
import type { ReportStore } from './types.ts';

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

export type { ReportStore };
