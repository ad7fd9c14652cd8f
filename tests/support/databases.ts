/**
 * The databases a store test runs on: SQLite always, PostgreSQL when `POSTGRES_TEST_URL` names
 * one (CI sets it; see .ci/run). Each test gets an empty database of its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import type { StoreLocation } from '../../src/server/config';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty database; `cleanup` removes it. */
  create(): Promise<{ location: StoreLocation; cleanup(): Promise<void> }>;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'zanbala-db-'));
    return { location: { kind: 'sqlite', path: join(dir, 'zanbala.db') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

/** Filled in by the PostgreSQL support: a fresh schema per test inside the test database. */
export const postgres: TestDatabase | undefined = undefined;

export const POSTGRES_SKIP_REASON =
  'PostgreSQL tests skipped: set POSTGRES_TEST_URL=postgres://user:password@host/database (CI installs PostgreSQL and sets it)';

/** Runs the same suite on every database this machine has, and says which were skipped and why. */
export function describeEachDatabase(title: string, suite: (database: TestDatabase) => void): void {
  describe(`${title} (sqlite)`, () => suite(sqlite));
  if (postgres) describe(`${title} (postgres)`, () => suite(postgres!));
  else describe.skip(`${title} (postgres) — ${POSTGRES_SKIP_REASON}`, () => {});
}
