/**
 * Files a report once per submission key, and keeps the one-time view that shows its case code,
 * in the same transaction: a report is never stored without the view that acknowledges it, and a
 * second post of the same form stores nothing and lands on the first one's view (which opens only
 * once, so the code is never shown twice).
 */
import type { Report } from '../../lib/report.ts';
import type { ClientStanding } from '../accept.ts';
import type { Db } from '../db/types.ts';
import type { Services } from '../services.ts';
import { newViewToken } from './one-time-view.ts';
import { DuplicateSubmission, SUBMISSION_KEY_LIFETIME_MS, submissionKeyHash } from './submission-key.ts';

/** What the page after a report shows, sealed in its one-time view. */
export interface SentView {
  /** Absent when the student wanted no answer. */
  caseCode?: string;
  urgent: boolean;
  region: string;
  /** ISO 8601: the day an answer is counted from. */
  sentAt: string;
}

export const isSentView = (value: unknown): value is SentView =>
  typeof value === 'object' && value !== null && typeof (value as SentView).region === 'string' && typeof (value as SentView).sentAt === 'string';

/** Marks `submissionKey` used inside `tx`, or throws DuplicateSubmission (which rolls `tx` back). */
export async function claimSubmission(services: Services, submissionKey: string | undefined, tx: Db): Promise<void> {
  if (!submissionKey) return;
  const expiresAt = new Date(Date.now() + SUBMISSION_KEY_LIFETIME_MS);
  if (!(await services.office.submissionKeys.claim(submissionKeyHash(submissionKey), expiresAt, tx))) throw new DuplicateSubmission();
}

/** Files `report`; the token opens the view of its code (the first post's, for a second post of one key). */
export async function fileReportOnce(
  services: Services,
  report: Report,
  submissionKey: string | undefined,
  sender?: AbortSignal,
  client?: ClientStanding,
): Promise<{ token: string; duplicate: boolean }> {
  const token = submissionKey ? services.submissionViewToken(submissionKey) : newViewToken();
  try {
    await services.reports.submit(report, sender, client, async (tx, sent) => {
      await claimSubmission(services, submissionKey, tx);
      const view: SentView = { ...sent, urgent: report.urgent, region: report.region, sentAt: new Date().toISOString() };
      await services.views.issue('report-sent', token, view, tx);
    });
    // Views made inside a transaction sweep nothing; this one clears the expired ones afterwards,
    // without holding up (or failing) the answer of a report already stored.
    void services.views.sweepSoon().catch(() => {});
    return { token, duplicate: false };
  } catch (error) {
    if (error instanceof DuplicateSubmission) return { token, duplicate: true };
    throw error;
  }
}
