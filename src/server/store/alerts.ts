/**
 * The alert queue: an outbox in the database. `enqueueAlert` adds an alert inside whatever
 * transaction filed its cause (a report, a flood of them), so an acknowledged report never lacks
 * its alert and a mail server that is down never holds a report up. The worker (src/server/alerts/)
 * turns each alert into deliveries, one per recipient and channel, and retries each with back-off.
 * Nothing here holds a word of the child's text: an alert is a kind, a region and a case id.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Row } from '../db/types.ts';

/**
 * `urgent`: a new urgent report; `overdue`: a case still unanswered past its due date;
 * `flood-start`, `flood-end`: a flood of reports in the region began or ended (src/server/floods/).
 * New kinds are added here.
 */
export const ALERT_KINDS = ['urgent', 'overdue', 'flood-start', 'flood-end'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export type AlertChannel = 'email' | 'webhook';

export interface QueuedAlert {
  id: string;
  kind: AlertKind;
  region: string;
  /** The case it is about, when it is about one (and not yet erased). */
  reportId: string | undefined;
  createdAt: Date;
}

export interface Delivery {
  id: string;
  alert: QueuedAlert;
  channel: AlertChannel;
  /** The staff account an e-mail goes to; none for the webhook. */
  recipientId: string | undefined;
  attempts: number;
}

export interface AlertOptions {
  reportId?: string | undefined;
  /** At most one alert per key, ever: e.g. one `overdue` alert per case. */
  dedupeKey?: string | undefined;
  at?: Date | undefined;
}

/**
 * Queues an alert of `kind` for the on-duty moderators of `region`. Call it with the transaction
 * that stores its cause; returns false when an alert with the same `dedupeKey` exists already.
 */
export async function enqueueAlert(db: Db, kind: AlertKind, region: string, { reportId, dedupeKey, at = new Date() }: AlertOptions = {}): Promise<boolean> {
  const added = await db.run(
    `INSERT INTO alerts (id, kind, region, report_id, dedupe_key, created_at, expanded_at) VALUES (?, ?, ?, ?, ?, ?, NULL)
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [randomUUID(), kind, region, reportId ?? null, dedupeKey ?? null, at.toISOString()],
  );
  return added === 1;
}

const toAlert = (row: Row, prefix = ''): QueuedAlert => ({
  id: String(row[`${prefix}id`]),
  kind: row[`${prefix}kind`] as AlertKind,
  region: String(row[`${prefix}region`]),
  reportId: row[`${prefix}report_id`] === null ? undefined : String(row[`${prefix}report_id`]),
  createdAt: new Date(String(row[`${prefix}created_at`])),
});

export function createAlertQueue(db: Db) {
  return {
    enqueue: (kind: AlertKind, region: string, options?: AlertOptions) => enqueueAlert(db, kind, region, options),

    /** Alerts not yet turned into deliveries, oldest first. */
    async unexpanded(limit = 100): Promise<QueuedAlert[]> {
      const rows = await db.all('SELECT * FROM alerts WHERE expanded_at IS NULL ORDER BY created_at, id LIMIT ?', [limit]);
      return rows.map((row) => toAlert(row));
    },

    /** Writes an alert's deliveries and marks it expanded, at once: a crash between leaves neither. */
    async expand(alert: QueuedAlert, deliveries: { channel: AlertChannel; recipientId: string | undefined }[], at: Date): Promise<void> {
      const when = at.toISOString();
      await db.transaction(async (tx) => {
        const marked = await tx.run('UPDATE alerts SET expanded_at = ? WHERE id = ? AND expanded_at IS NULL', [when, alert.id]);
        if (marked === 0) return;
        for (const delivery of deliveries) {
          await tx.run(
            `INSERT INTO alert_deliveries (id, alert_id, channel, recipient_id, state, attempts, next_attempt_at, sent_at)
             VALUES (?, ?, ?, ?, 'pending', 0, ?, NULL)`,
            [randomUUID(), alert.id, delivery.channel, delivery.recipientId ?? null, when],
          );
        }
      });
    },

    /** Deliveries whose next attempt is due, oldest first. */
    async due(at: Date, limit = 50): Promise<Delivery[]> {
      const rows = await db.all(
        `SELECT d.id AS d_id, d.channel, d.recipient_id, d.attempts, a.id, a.kind, a.region, a.report_id, a.created_at
         FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id
         WHERE d.state = 'pending' AND d.next_attempt_at <= ? ORDER BY d.next_attempt_at, d.id LIMIT ?`,
        [at.toISOString(), limit],
      );
      return rows.map((row) => ({
        id: String(row['d_id']),
        alert: toAlert(row),
        channel: row['channel'] as AlertChannel,
        recipientId: row['recipient_id'] === null ? undefined : String(row['recipient_id']),
        attempts: Number(row['attempts']),
      }));
    },

    async sent(id: string, at: Date): Promise<void> {
      await db.run("UPDATE alert_deliveries SET state = 'sent', attempts = attempts + 1, sent_at = ? WHERE id = ?", [at.toISOString(), id]);
    },

    /** A failed attempt: tried again at `retryAt`, or given up when there is none. */
    async failed(id: string, retryAt: Date | undefined): Promise<void> {
      if (retryAt) await db.run('UPDATE alert_deliveries SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?', [retryAt.toISOString(), id]);
      else await db.run("UPDATE alert_deliveries SET state = 'failed', attempts = attempts + 1 WHERE id = ?", [id]);
    },

    /**
     * Cases never answered and waiting past their due date that have had no `overdue` alert: the
     * worker queues one each. A case answered in time that the student writes back to is not late.
     */
    async overdueWithoutAlert(at: Date, limit = 200): Promise<{ id: string; region: string }[]> {
      const rows = await db.all(
        `SELECT r.id, r.region FROM reports r
         WHERE r.status IN ('received', 'in-review') AND r.first_reply_at IS NULL AND r.due_at IS NOT NULL AND r.due_at < ?
           AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.dedupe_key = 'overdue:' || r.id)
         ORDER BY r.due_at LIMIT ?`,
        [at.toISOString(), limit],
      );
      return rows.map((row) => ({ id: String(row['id']), region: String(row['region']) }));
    },
  };
}

export type AlertQueue = ReturnType<typeof createAlertQueue>;
