/**
 * The store's schema, as numbered steps applied in order and recorded in `schema_migrations`.
 * Portable SQL: TEXT ids, ISO 8601 UTC timestamps as TEXT, 0/1 flags as INTEGER.
 */
import type { Migration } from '../db/migrate';

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        case_code_hash TEXT UNIQUE,
        region TEXT NOT NULL,
        category TEXT NOT NULL,
        lang TEXT NOT NULL,
        urgent INTEGER NOT NULL,
        age_band TEXT,
        contact TEXT,
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        closed_at TEXT
      )`,
      `CREATE TABLE messages (
        report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        author TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (report_id, seq)
      )`,
      'CREATE INDEX reports_closed_at ON reports (closed_at)',
    ],
  },
];
