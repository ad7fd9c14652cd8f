/**
 * The embedded store: one SQLite file through `node:sqlite`. WAL lets readers work while a
 * report is written; `synchronous = FULL` makes every commit reach the disk before it returns,
 * so a report acknowledged with 201 survives `kill -9` and power loss (promise 3).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { CaseStatus, Report } from '../../lib/report';
import { MIGRATIONS } from './migrations';
import type { CaseMessage, MessageAuthor, ReportStore, StoredCase } from './types';

type Row = Record<string, string | number | null>;

function migrate(db: DatabaseSync): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  // IMMEDIATE takes the write lock first, so two servers starting together migrate once.
  db.exec('BEGIN IMMEDIATE');
  try {
    const applied = new Set(db.prepare('SELECT version FROM schema_migrations').all().map((row) => Number(row['version'])));
    for (const migration of MIGRATIONS.filter((step) => !applied.has(step.version))) {
      for (const statement of migration.statements) db.exec(statement);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(migration.version, new Date().toISOString());
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

function open(path: string): DatabaseSync {
  mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { timeout: 5000 });
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  // An erased case is overwritten on disk, not just unlinked from the b-tree.
  db.exec('PRAGMA secure_delete = ON');
  migrate(db);
  return db;
}

function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

const toMessage = (row: Row): CaseMessage => ({
  author: row['author'] as MessageAuthor,
  text: String(row['body']),
  at: new Date(String(row['created_at'])),
});

export function openSqliteStore(path: string): ReportStore {
  const db = open(path);
  const insertReport = db.prepare(
    `INSERT INTO reports (id, case_code_hash, region, category, lang, urgent, age_band, contact, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?)`,
  );
  const insertMessage = db.prepare(
    `INSERT INTO messages (report_id, seq, author, body, created_at)
     VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE report_id = ?), ?, ?, ?)`,
  );
  const selectCase = db.prepare('SELECT * FROM reports WHERE case_code_hash = ?');
  const selectMessages = db.prepare('SELECT author, body, created_at FROM messages WHERE report_id = ? ORDER BY seq');
  const updateStatus = db.prepare(
    `UPDATE reports SET status = ?, updated_at = ?, closed_at = CASE WHEN ? = 'closed' THEN ? ELSE NULL END WHERE id = ?`,
  );
  const selectStatus = db.prepare('SELECT status FROM reports WHERE id = ?');
  const deleteCase = db.prepare('DELETE FROM reports WHERE id = ?');
  const deleteClosed = db.prepare('DELETE FROM reports WHERE closed_at IS NOT NULL AND closed_at < ?');

  const setStatus = (caseId: string, status: CaseStatus, at: string) => updateStatus.run(status, at, status, at, caseId);

  return {
    async addReport(report: Report, caseCodeHash: string | null, at: Date) {
      const id = randomUUID();
      const when = at.toISOString();
      inTransaction(db, () => {
        insertReport.run(id, caseCodeHash, report.region, report.category, report.lang, report.urgent ? 1 : 0, report.ageBand ?? null, report.contact ?? null, when, when);
        insertMessage.run(id, id, 'student', report.message, when);
      });
      return { id };
    },

    async findCase(caseCodeHash: string) {
      const row = selectCase.get(caseCodeHash) as Row | undefined;
      if (!row) return undefined;
      const id = String(row['id']);
      const found: StoredCase = {
        id,
        caseCodeHash: String(row['case_code_hash']),
        status: row['status'] as CaseStatus,
        urgent: row['urgent'] === 1,
        region: String(row['region']),
        category: String(row['category']),
        lang: String(row['lang']),
        createdAt: new Date(String(row['created_at'])),
        messages: (selectMessages.all(id) as Row[]).map(toMessage),
      };
      return found;
    },

    async addMessage(caseId: string, author: MessageAuthor, text: string, at: Date) {
      const when = at.toISOString();
      inTransaction(db, () => {
        insertMessage.run(caseId, caseId, author, text, when);
        const current = (selectStatus.get(caseId) as Row | undefined)?.['status'];
        const next: CaseStatus = author === 'office' ? 'answered' : current === 'answered' ? 'in-review' : (current as CaseStatus);
        setStatus(caseId, next, when);
      });
    },

    async setStatus(caseId: string, status: CaseStatus, at: Date) {
      setStatus(caseId, status, at.toISOString());
    },

    async eraseCase(caseId: string) {
      deleteCase.run(caseId);
      // The deleted pages may still sit in the write-ahead log; fold it into the file now.
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    },

    async deleteClosedBefore(cutoff: Date) {
      const { changes } = deleteClosed.run(cutoff.toISOString());
      return Number(changes);
    },

    async close() {
      db.close();
    },
  };
}
