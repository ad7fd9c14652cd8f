/**
 * The databases a store test runs on: SQLite always, PostgreSQL when `POSTGRES_TEST_URL` names
 * one (CI sets it; see .ci/run). Each test gets an empty database of its own.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import type { StoreLocation } from '../../src/server/config';
import { dropSchema, POSTGRES_TEST_URL, randomSchema, schemaText } from './postgres';

export interface CreatedDatabase {
  location: StoreLocation;
  /**
   * What the database holds, to look for what must not be there: every byte of the SQLite files
   * (the log included), or every live row of the PostgreSQL schema as text.
   */
  held(): Promise<Buffer>;
  cleanup(): Promise<void>;
}

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty database; `cleanup` removes it. */
  create(): Promise<CreatedDatabase>;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'zanbala-db-'));
    return {
      location: { kind: 'sqlite', path: join(dir, 'zanbala.db') },
      held: async () => Buffer.concat(readdirSync(dir).map((name) => readFileSync(join(dir, name)))),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

/** A fresh schema per test inside the test database, dropped with everything in it afterwards. */
export const postgres: TestDatabase | undefined = POSTGRES_TEST_URL
  ? {
      name: 'postgres',
      async create() {
        const { url, schema } = await randomSchema(POSTGRES_TEST_URL!);
        return {
          location: { kind: 'postgres', url },
          held: async () => Buffer.from(await schemaText(POSTGRES_TEST_URL!, schema)),
          cleanup: () => dropSchema(POSTGRES_TEST_URL!, schema),
        };
      },
    }
  : undefined;

export const POSTGRES_SKIP_REASON =
  'PostgreSQL tests skipped: set POSTGRES_TEST_URL=postgres://user:password@host/database (CI installs PostgreSQL and sets it)';

let skipSaid = false;
function sayPostgresSkipped(title: string): void {
  // The skipped test counts in the summary; the warning says why, once a file, in any reporter.
  describe.skip(`${title} (postgres)`, () => it(POSTGRES_SKIP_REASON, () => {}));
  if (!skipSaid) console.warn(POSTGRES_SKIP_REASON);
  skipSaid = true;
}

/** Runs the same suite on every database this machine has, and says which were skipped and why. */
export function describeEachDatabase(title: string, suite: (database: TestDatabase) => void): void {
  describe(`${title} (sqlite)`, () => suite(sqlite));
  if (postgres) describe(`${title} (postgres)`, () => suite(postgres!));
  else sayPostgresSkipped(title);
}

/** A suite about PostgreSQL alone (several servers on one database); skipped, saying why, without it. */
export function describeOnPostgres(title: string, suite: (database: TestDatabase) => void): void {
  if (postgres) describe(`${title} (postgres)`, () => suite(postgres!));
  else sayPostgresSkipped(title);
}
