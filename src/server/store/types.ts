/**
 * What the report service needs from a store. SQLite implements it today; PostgreSQL will
 * implement the same contract, so the SQL behind it stays portable (no SQLite-only functions).
 */
import type { CaseStatus, Report } from '../../lib/report.ts';
import type { CaseView, MessageAuthor } from '../../lib/case-views.ts';
import type { Db } from '../db/types.ts';

export type { CaseMessage, CaseView, MessageAuthor } from '../../lib/case-views.ts';

export interface StoredCase extends CaseView {
  /** HMAC of the case code, for the constant-time comparison the service makes. */
  caseCodeHash: string;
}

/**
 * More writes that must commit with a store's own, or not at all: a form's submission key and
 * the one-time view that shows the result (src/server/help/). It runs first inside the
 * transaction; what it throws rolls everything back.
 */
export type WithinTransaction = (tx: Db) => Promise<void>;

export interface AddOptions {
  /** Accepted during a flood, or urgent from a client over its limit: the queue puts it after the real urgent ones. */
  suspectedFlood?: boolean;
  /** When the office must have answered (src/lib/due-dates.ts). */
  dueAt?: Date | undefined;
  /** Writes that commit with the report: its submission key and the one-time view of its code. */
  within?: WithinTransaction | undefined;
}

export interface ReportStore {
  /**
   * Stores a report and its first message in one transaction, durably: when this resolves, the
   * report survives a crash. `caseCodeHash` is null when the student wants no answer.
   */
  /**
   * Stores a report in one transaction; when `sender` is aborted (the student left) before the
   * commit, nothing is stored and the promise rejects with the abort. `dueAt` is the case's due
   * date; an urgent report's alert is queued in the same transaction.
   */
  addReport(report: Report, caseCodeHash: string | null, at: Date, sender?: AbortSignal, options?: AddOptions): Promise<{ id: string }>;
  /** The case whose code hashes to `caseCodeHash`, or undefined. */
  findCase(caseCodeHash: string): Promise<StoredCase | undefined>;
  /**
   * Adds a message and moves the status: an office reply answers, a student's message reopens.
   * `authorUser` names the staff account that wrote an office reply, for the audit trail only.
   */
  addMessage(caseId: string, author: MessageAuthor, text: string, at: Date, authorUser?: string, within?: WithinTransaction): Promise<void>;
  setStatus(caseId: string, status: CaseStatus, at: Date): Promise<void>;
  /** Deletes a case and all its messages for good, and what the child typed of its place. */
  eraseCase(caseId: string): Promise<void>;
  /** Deletes cases closed before `cutoff`, and what the child typed of their places; returns how many. */
  deleteClosedBefore(cutoff: Date): Promise<number>;
  close(): Promise<void>;
}
