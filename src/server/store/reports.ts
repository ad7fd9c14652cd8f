/**
 * Reports and their messages, in SQL that SQLite and PostgreSQL both run. Ids are random UUIDs,
 * times ISO 8601 UTC strings (they sort as text), flags 0/1.
 */
import { randomUUID } from 'node:crypto';
import type { CaseStatus, Report } from '../../lib/report.ts';
import { lockRow } from '../db/locks.ts';
import type { Db, Row } from '../db/types.ts';
import { enqueueAlert } from './alerts.ts';
import { forgetChildPlaceText, insertPlace } from './places.ts';
import type { AddOptions, CaseMessage, MessageAuthor, ReportStore, StoredCase, WithinTransaction } from './types.ts';

const toMessage = (row: Row): CaseMessage => ({
  author: row['author'] as MessageAuthor,
  text: String(row['body']),
  at: new Date(String(row['created_at'])),
});

const INSERT_MESSAGE = `INSERT INTO messages (report_id, seq, author, body, created_at, author_user)
  VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE report_id = ?), ?, ?, ?, ?)`;

async function updateStatus(db: Db, caseId: string, status: CaseStatus, at: string): Promise<void> {
  await db.run('UPDATE reports SET status = ?, updated_at = ?, closed_at = ? WHERE id = ?', [status, at, status === 'closed' ? at : null, caseId]);
}

export function createReportStore(db: Db): ReportStore {
  return {
    async addReport(report: Report, caseCodeHash: string | null, at: Date, sender?: AbortSignal, { suspectedFlood = false, dueAt, within }: AddOptions = {}) {
      const id = randomUUID();
      const when = at.toISOString();
      await db.transaction(async (tx) => {
        await within?.(tx);
        await tx.run(
          `INSERT INTO reports (id, case_code_hash, region, category, lang, urgent, age_band, contact, status, created_at, updated_at, due_at, suspected_flood)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?)`,
          [
            id,
            caseCodeHash,
            report.region,
            report.category,
            report.lang,
            report.urgent ? 1 : 0,
            report.ageBand ?? null,
            report.contact ?? null,
            when,
            when,
            dueAt?.toISOString() ?? null,
            suspectedFlood ? 1 : 0,
          ],
        );
        await tx.run(INSERT_MESSAGE, [id, id, 'student', report.message, when, null]);
        if (report.place) await insertPlace(tx, id, report.region, report.place, at);
        // In the report's own transaction: acknowledged means its alert is queued too. A report the
        // flood watch marked raises none, so a flood of junk "urgent" reports wakes nobody at night.
        if (report.urgent && !suspectedFlood) await enqueueAlert(tx, 'urgent', report.region, { reportId: id, at });
        // The last moment to take it back: a report whose code can no longer reach anyone is not kept.
        sender?.throwIfAborted();
      });
      return { id };
    },

    async findCase(caseCodeHash: string) {
      const row = await db.get('SELECT * FROM reports WHERE case_code_hash = ?', [caseCodeHash]);
      if (!row) return undefined;
      const id = String(row['id']);
      const messages = await db.all('SELECT author, body, created_at FROM messages WHERE report_id = ? ORDER BY seq', [id]);
      const found: StoredCase = {
        id,
        caseCodeHash: String(row['case_code_hash']),
        status: row['status'] as CaseStatus,
        urgent: Number(row['urgent']) === 1,
        region: String(row['region']),
        category: String(row['category']),
        lang: String(row['lang']),
        createdAt: new Date(String(row['created_at'])),
        messages: messages.map(toMessage),
      };
      return found;
    },

    async addMessage(caseId: string, author: MessageAuthor, text: string, at: Date, authorUser?: string, within?: WithinTransaction) {
      const when = at.toISOString();
      await db.transaction(async (tx) => {
        await within?.(tx);
        // Two messages on one case at once would both take the same next seq.
        await lockRow(tx, 'reports', caseId);
        await tx.run(INSERT_MESSAGE, [caseId, caseId, author, text, when, author === 'office' ? (authorUser ?? null) : null]);
        const current = (await tx.get('SELECT status FROM reports WHERE id = ?', [caseId]))?.['status'] as CaseStatus;
        const next: CaseStatus = author === 'office' ? 'answered' : current === 'answered' ? 'in-review' : current;
        await updateStatus(tx, caseId, next, when);
        if (author === 'office') {
          await tx.run('UPDATE reports SET first_reply_at = ? WHERE id = ? AND first_reply_at IS NULL', [when, caseId]);
        }
      });
    },

    async setStatus(caseId: string, status: CaseStatus, at: Date) {
      await updateStatus(db, caseId, status, at.toISOString());
    },

    async eraseCase(caseId: string) {
      await db.transaction(async (tx) => {
        await forgetChildPlaceText(tx, 'id = ?', [caseId]);
        await tx.run('DELETE FROM reports WHERE id = ?', [caseId]);
      });
      await db.checkpoint();
    },

    async deleteClosedBefore(cutoff: Date) {
      const expired = ['closed_at IS NOT NULL AND closed_at < ?', [cutoff.toISOString()]] as const;
      const deleted = await db.transaction(async (tx) => {
        await forgetChildPlaceText(tx, expired[0], [...expired[1]]);
        return tx.run(`DELETE FROM reports WHERE ${expired[0]}`, [...expired[1]]);
      });
      // As with an erased case, no copy of the old pages waits in the SQLite log.
      if (deleted > 0) await db.checkpoint();
      return deleted;
    },

    close: () => db.close(),
  };
}
