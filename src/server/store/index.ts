/** Opens the store that `DATABASE_URL` names. */
import type { StoreLocation } from '../config';
import { openSqliteStore } from './sqlite';
import type { ReportStore } from './types';

export function openStore(location: StoreLocation): ReportStore {
  if (location.kind === 'postgres') {
    throw new Error('DATABASE_URL names PostgreSQL, which this version cannot use yet: unset it to use SQLite');
  }
  return openSqliteStore(location.path);
}

export type { ReportStore };
