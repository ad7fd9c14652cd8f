/** Opens the database that `DATABASE_URL` names, brings its schema up to date, and the stores on it. */
import type { StoreLocation } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openPostgres } from '../db/postgres.ts';
import { openSqlite } from '../db/sqlite.ts';
import type { Db } from '../db/types.ts';
import { MIGRATIONS } from './migrations.ts';
import { createReportStore } from './reports.ts';
import type { ReportStore } from './types.ts';

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

export async function openStore(location: StoreLocation): Promise<ReportStore> {
  return createReportStore(await openDb(location));
}

export type { ReportStore };
