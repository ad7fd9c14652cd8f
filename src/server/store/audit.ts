/** The audit trail of the inbox: who viewed, replied, changed or exported what, and when. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/types.ts';

export const AUDIT_ACTIONS = [
  'login',
  'logout',
  'view',
  'reply',
  'status',
  'note',
  'export',
  'safe-region',
  'owner',
  'profile',
  'alert-sent',
  'alert-failed',
  'flood-start',
  'flood-end',
  'flood-close',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  at: Date;
  /** The staff account's name. */
  actor: string;
  action: AuditAction;
  /** The case id, what was exported, or the region of a flood. */
  target: string | undefined;
  /** E.g. the new status; never the text of a reply or note. */
  detail: string | undefined;
}

export function createAuditLog(db: Db) {
  return {
    async record(entry: AuditEntry): Promise<void> {
      await db.run('INSERT INTO audit_log (id, at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)', [
        randomUUID(),
        entry.at.toISOString(),
        entry.actor,
        entry.action,
        entry.target ?? null,
        entry.detail ?? null,
      ]);
    },

    /** Newest first. */
    async latest(limit: number, offset = 0): Promise<AuditEntry[]> {
      const rows = await db.all('SELECT at, actor, action, target, detail FROM audit_log ORDER BY at DESC, id LIMIT ? OFFSET ?', [limit, offset]);
      return rows.map((row) => ({
        at: new Date(String(row['at'])),
        actor: String(row['actor']),
        action: row['action'] as AuditAction,
        target: row['target'] === null ? undefined : String(row['target']),
        detail: row['detail'] === null ? undefined : String(row['detail']),
      }));
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
