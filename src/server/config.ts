/**
 * The server's settings, read from the environment once. Every variable is documented in the
 * README's settings table.
 */
import { dirname, resolve } from 'node:path';

export type StoreLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** `DATABASE_URL`: unset → ./data/zanbala.db; `sqlite:PATH` → that file; `postgres://…` → PostgreSQL. */
export function storeLocation(databaseUrl = process.env['DATABASE_URL']): StoreLocation {
  if (!databaseUrl) return { kind: 'sqlite', path: resolve('data', 'zanbala.db') };
  if (databaseUrl.startsWith('sqlite:')) {
    const path = databaseUrl.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new Error('DATABASE_URL is "sqlite:" without a path: write sqlite:./data/zanbala.db or unset it');
    return { kind: 'sqlite', path: resolve(path) };
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return { kind: 'postgres', url: databaseUrl };
  throw new Error(`DATABASE_URL must start with sqlite: or postgres://, not "${databaseUrl.split(':')[0]}:"`);
}

/** Where the server keeps its files (the SQLite store, the generated case-code key). */
export function dataDir(location: StoreLocation = storeLocation()): string {
  return location.kind === 'sqlite' ? dirname(location.path) : resolve('data');
}

/** Days a closed case is kept before it is deleted for good (`RETENTION_DAYS`, default 180). */
export function retentionDays(value = process.env['RETENTION_DAYS']): number {
  if (value === undefined || value === '') return 180;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1) throw new Error(`RETENTION_DAYS must be a whole number of days ≥ 1, not "${value}"`);
  return days;
}

/** `RATE_LIMIT=off` lifts the rate limits, for benchmarks and load tests only. */
export const rateLimitsOn = (value = process.env['RATE_LIMIT']) => value !== 'off';
