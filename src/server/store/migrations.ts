/**
 * The store's schema, as numbered steps applied in order and recorded in `schema_migrations`.
 * Portable SQL: TEXT ids, ISO 8601 UTC timestamps as TEXT, 0/1 flags as INTEGER.
 */
import type { Migration } from '../db/migrate.ts';

/** A case's messages (student and office) and its internal notes are threads of one shape. */
const threadTable = (name: 'messages' | 'notes') => `CREATE TABLE ${name} (
  report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  author TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (report_id, seq)
)`;

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
      threadTable('messages'),
      'CREATE INDEX reports_closed_at ON reports (closed_at)',
    ],
  },
  {
    // The regional offices' inbox: moderators, their sessions, internal notes, the audit trail.
    version: 2,
    statements: [
      `CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL,
        regions TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL,
        failed_logins INTEGER NOT NULL,
        locked_until TEXT,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      )`,
      threadTable('notes'),
      `CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT,
        detail TEXT
      )`,
      'CREATE INDEX audit_log_at ON audit_log (at)',
      // Who of the office wrote a reply: for the audit trail, never shown to the student.
      'ALTER TABLE messages ADD COLUMN author_user TEXT',
      // When the office first replied: the statistics' median time to first reply.
      'ALTER TABLE reports ADD COLUMN first_reply_at TEXT',
      'CREATE INDEX reports_queue ON reports (status, urgent, created_at)',
    ],
  },
  {
    // The inbox's language sits on the session, so every page after login speaks it; sessions
    // are looked up by user when an account is disabled or its password reset.
    version: 3,
    statements: [
      "ALTER TABLE sessions ADD COLUMN lang TEXT NOT NULL DEFAULT 'ru'",
      'CREATE INDEX sessions_user ON sessions (user_id)',
      'CREATE INDEX notes_report ON notes (report_id)',
    ],
  },
  {
    // A fingerprint of the case-code key, so a process started with another key refuses to
    // start instead of answering "no such case" to every student.
    version: 4,
    statements: ['CREATE TABLE server_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)'],
  },
  {
    // Reach: one counter per day (Asia/Almaty), path, lang, source and region, and
    // nothing else about a view. Region is '' when a view names none.
    version: 5,
    statements: [
      `CREATE TABLE page_views (
        day TEXT NOT NULL,
        path TEXT NOT NULL,
        lang TEXT NOT NULL,
        source TEXT NOT NULL,
        region TEXT NOT NULL,
        views INTEGER NOT NULL,
        PRIMARY KEY (day, path, lang, source, region)
      )`,
      // The Safe region register. A place is the office's record of a street, so it
      // outlives its case (erased or expired): report_id is then cleared, the place stays.
      `CREATE TABLE places (
        id TEXT PRIMARY KEY,
        report_id TEXT UNIQUE REFERENCES reports (id) ON DELETE SET NULL,
        region TEXT NOT NULL,
        settlement TEXT NOT NULL,
        landmark TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        addressee TEXT,
        passed_on TEXT,
        public_note_kk TEXT,
        public_note_ru TEXT,
        reported_at TEXT NOT NULL,
        fixed_at TEXT,
        updated_at TEXT NOT NULL
      )`,
      'CREATE INDEX places_region ON places (region, status)',
    ],
  },
  {
    // Rate limits shared by every server process on one PostgreSQL database: one
    // counter per limit, hashed client key and window, deleted once its window is over. SQLite
    // deployments (one process) count in memory and leave this table empty.
    version: 6,
    statements: [
      `CREATE TABLE rate_limit_counts (
        key TEXT PRIMARY KEY,
        window_ends_at BIGINT NOT NULL,
        count INTEGER NOT NULL
      )`,
      'CREATE INDEX rate_limit_counts_ends ON rate_limit_counts (window_ends_at)',
    ],
  },
  {
    // The inbox's login guard shared by every process on one PostgreSQL database:
    // wrong passwords per hashed account, and each account and hashed client's run of failures
    // and lock, deleted once they count no more (src/server/auth/shared-login-guard.ts). SQLite
    // deployments (one process) keep the guard in memory and leave these tables empty.
    version: 7,
    statements: [
      `CREATE TABLE login_failures (
        account TEXT NOT NULL,
        at BIGINT NOT NULL
      )`,
      'CREATE INDEX login_failures_account ON login_failures (account, at)',
      'CREATE INDEX login_failures_at ON login_failures (at)',
      `CREATE TABLE login_pairs (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        last_at BIGINT NOT NULL,
        locked_until BIGINT NOT NULL
      )`,
      'CREATE INDEX login_pairs_last_at ON login_pairs (last_at)',
    ],
  },
  {
    // Post/redirect/get on the help and case pages. A one-time view is what the page after a
    // form shows once: a hash of its token (the token itself is only in the student's browser)
    // and what it shows, sealed with a key derived from that token, so the row alone opens
    // nothing. A submission key is kept as a hash only, with nothing that ties it to a report.
    // Both are deleted once used or expired (src/server/help/).
    version: 8,
    statements: [
      `CREATE TABLE one_time_views (
        token_hash TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        sealed TEXT NOT NULL,
        expires_at BIGINT NOT NULL
      )`,
      'CREATE INDEX one_time_views_expires ON one_time_views (expires_at)',
      `CREATE TABLE submission_keys (
        key_hash TEXT PRIMARY KEY,
        expires_at BIGINT NOT NULL
      )`,
      'CREATE INDEX submission_keys_expires ON submission_keys (expires_at)',
    ],
  },
  {
    // The rate limits' and the login guard's rows were keyed under a key derived from
    // CASE_CODE_SECRET, which backups keep; from here on they are keyed under the limits key,
    // which no backup holds (src/server/limits/limits-key.ts). The old rows would count nothing
    // and could be turned back into addresses: gone at once rather than within the hour.
    version: 9,
    statements: ['DELETE FROM rate_limit_counts', 'DELETE FROM login_pairs'],
  },
  {
    // Owners, due dates, duty hours and alerts (docs/inbox.md). A case has an owner (a staff
    // account, or none: the region's) and the due date it got when it was filed. A moderator's
    // e-mail counts for alerts once confirmed through a link; only the link token's hash is kept.
    // Alerts are an outbox: queued in the report's own transaction, sent by the one process that
    // holds the `alerts` lease, each delivery retried with back-off.
    version: 11,
    statements: [
      'ALTER TABLE reports ADD COLUMN owner_id TEXT',
      'ALTER TABLE reports ADD COLUMN due_at TEXT',
      'CREATE INDEX reports_owner ON reports (owner_id)',
      'CREATE INDEX reports_due ON reports (status, due_at)',
      'ALTER TABLE users ADD COLUMN email TEXT',
      'ALTER TABLE users ADD COLUMN email_confirmed_at TEXT',
      'ALTER TABLE users ADD COLUMN email_token_hash TEXT',
      'ALTER TABLE users ADD COLUMN email_token_expires_at TEXT',
      'ALTER TABLE users ADD COLUMN duty TEXT',
      `CREATE TABLE alerts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        region TEXT NOT NULL,
        report_id TEXT REFERENCES reports (id) ON DELETE SET NULL,
        dedupe_key TEXT UNIQUE,
        created_at TEXT NOT NULL,
        expanded_at TEXT
      )`,
      'CREATE INDEX alerts_expanded ON alerts (expanded_at)',
      `CREATE TABLE alert_deliveries (
        id TEXT PRIMARY KEY,
        alert_id TEXT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
        channel TEXT NOT NULL,
        recipient_id TEXT,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        next_attempt_at TEXT NOT NULL,
        sent_at TEXT
      )`,
      'CREATE INDEX alert_deliveries_due ON alert_deliveries (state, next_attempt_at)',
      `CREATE TABLE worker_leases (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        expires_at TEXT NOT NULL
      )`,
    ],
  },
  {
    // What the office keeps of a place is only what it wrote: its own name of the settlement (the
    // public page shows no other), and nothing the child typed once the case is erased or expired,
    // places erased before this step included. A report accepted during a flood is marked, so the
    // queue puts the real urgent ones first; a flood's start and end are kept for the inbox.
    version: 10,
    statements: [
      'ALTER TABLE places ADD COLUMN office_settlement TEXT',
      "UPDATE places SET settlement = '', landmark = '' WHERE report_id IS NULL",
      'ALTER TABLE reports ADD COLUMN suspected_flood INTEGER NOT NULL DEFAULT 0',
      'CREATE INDEX reports_region_created ON reports (region, created_at)',
      `CREATE TABLE floods (
        id TEXT PRIMARY KEY,
        region TEXT NOT NULL,
        started_at TEXT NOT NULL,
        marked_from TEXT NOT NULL,
        ended_at TEXT,
        open_region TEXT UNIQUE
      )`,
    ],
  },
];
