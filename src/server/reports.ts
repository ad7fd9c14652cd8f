/**
 * The report service: what the help pages and the API do with a report and a case. It knows
 * nothing of HTTP; the routes parse requests, this decides.
 */
import { newCaseCode, normalizeCaseCode } from '../lib/case-code.ts';
import { dueDate, type DueTerms } from '../lib/due-dates.ts';
import type { Report } from '../lib/report.ts';
import { hashCaseCode, hashKey, sameHash } from './case-code-hash.ts';
import type { ClientStanding } from './accept.ts';
import type { Db } from './db/types.ts';
import { isDatabaseUnavailable } from './db/unavailable.ts';
import type { FloodWatch } from './floods/flood-watch.ts';
import type { CaseView, ReportStore, StoredCase, WithinTransaction } from './store/types.ts';

export type ReplyOutcome = 'added' | 'not-found' | 'closed';

/** Without a build's data (a store used alone): the usual term and no holidays. */
const NO_TERMS: DueTerms = { answerDays: {}, holidays: new Set() };

export interface ReportServiceOptions {
  /** The regions' answer days and the holidays of the build in use, read at each report, so a rebuilt regions.yaml counts from the next report on. */
  terms?: () => DueTerms;
  /** Marks reports of a flood (src/server/floods/flood-watch.ts). */
  floods?: FloodWatch | undefined;
}

export function createReportService(
  store: ReportStore,
  rawKey: Buffer,
  now: () => Date = () => new Date(),
  { terms = () => NO_TERMS, floods }: ReportServiceOptions = {},
) {
  const key = hashKey(rawKey);
  async function findCase(typedCode: string): Promise<StoredCase | undefined> {
    const digits = normalizeCaseCode(typedCode);
    if (!digits) return undefined;
    const hash = hashCaseCode(key, digits);
    const found = await store.findCase(hash);
    return found && sameHash(found.caseCodeHash, hash) ? found : undefined;
  }

  /** Whether the report is a suspected flood; a fault in telling leaves it unmarked, never unstored. */
  async function suspectedFlood(report: Report, client: ClientStanding, at: Date): Promise<boolean> {
    if (!floods) return false;
    try {
      return await floods.suspect(report.region, { urgent: report.urgent, client }, at);
    } catch (error) {
      // A database that does not answer cannot store the report either: its own answer (503) follows.
      if (isDatabaseUnavailable(error)) throw error;
      console.error(`Telling a flood failed; the report is stored unmarked: ${error instanceof Error ? error.message : error}`);
      return false;
    }
  }

  return {
    /**
     * Stores a report; returns the case code (shown once, never stored) when an answer is wanted.
     * `sender` is the request's signal: a student who left before the commit leaves nothing stored;
     * `client` what the rate limits know of the sender, for the flood watch. `within` commits with
     * the report (a submission key, the view that shows the code) and is given the code it may show.
     */
    async submit(
      report: Report,
      sender?: AbortSignal,
      client: ClientStanding = { overLimit: false },
      within?: (tx: Db, sent: { caseCode?: string }) => Promise<void>,
    ): Promise<{ caseCode?: string }> {
      const at = now();
      const arrived = floods?.arriving(report.region);
      try {
        const suspected = await suspectedFlood(report, client, at);
        const sent: { caseCode?: string } = report.followUp ? { caseCode: newCaseCode() } : {};
        const hash = sent.caseCode ? hashCaseCode(key, normalizeCaseCode(sent.caseCode)!) : null;
        const dueAt = dueDate(terms(), report, at);
        const { id } = await store.addReport(report, hash, at, sender, { suspectedFlood: suspected, dueAt, within: within && ((tx) => within(tx, sent)) });
        floods?.stored(report.region, id, { client, marked: suspected }, at);
        return sent;
      } finally {
        arrived?.();
      }
    },

    /** The case a code opens, as the student sees it. */
    async open(typedCode: string): Promise<CaseView | undefined> {
      const found = await findCase(typedCode);
      if (!found) return undefined;
      const { caseCodeHash: _hash, ...view } = found;
      return view;
    },

    /** The student writes back; a closed case takes no more messages. `within` commits with the message. */
    async writeBack(typedCode: string, text: string, within?: WithinTransaction): Promise<ReplyOutcome> {
      const found = await findCase(typedCode);
      if (!found) return 'not-found';
      if (found.status === 'closed') return 'closed';
      await store.addMessage(found.id, 'student', text, now(), undefined, within);
      return 'added';
    },

    /** Erases the case for good; false when the code opens nothing. */
    async erase(typedCode: string): Promise<boolean> {
      const found = await findCase(typedCode);
      if (!found) return false;
      await store.eraseCase(found.id);
      return true;
    },

    /** Deletes cases closed longer ago than `days`. */
    async deleteExpired(days: number): Promise<number> {
      return store.deleteClosedBefore(new Date(now().getTime() - days * 86_400_000));
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
