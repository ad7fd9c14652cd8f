/**
 * A case's due date: the working days its office has to answer, counted in Almaty's calendar
 * (working-days.ts). A region's `answerDays` (content/data/regions.yaml) is the usual term; some
 * reports cannot wait that long, so they get the shorter term below, whichever is shorter.
 */
import { addWorkingDays, endOfAlmatyDay } from './working-days.ts';

/** Working days for reports that cannot wait the region's usual term. */
export const URGENT_ANSWER_DAYS = 1;
export const CATEGORY_ANSWER_DAYS: Readonly<Record<string, number>> = {
  'sexual-abuse': 2,
  'violence-home': 3,
  'violence-school': 3,
};
/** When a region names no term (an old build's data). */
export const DEFAULT_ANSWER_DAYS = 10;

export interface DueTerms {
  answerDays: Readonly<Record<string, number>>;
  holidays: ReadonlySet<string>;
}

/** The working days a report of this region, category and urgency has. */
export function answerDaysFor(terms: DueTerms, report: { region: string; category: string; urgent: boolean }): number {
  const regional = terms.answerDays[report.region] ?? DEFAULT_ANSWER_DAYS;
  const byCategory = CATEGORY_ANSWER_DAYS[report.category] ?? regional;
  return Math.min(regional, byCategory, report.urgent ? URGENT_ANSWER_DAYS : regional);
}

/** The last moment the case may be answered: the end of its last working day in Almaty. */
export function dueDate(terms: DueTerms, report: { region: string; category: string; urgent: boolean }, filedAt: Date): Date {
  return endOfAlmatyDay(addWorkingDays(filedAt, answerDaysFor(terms, report), terms.holidays));
}

export type DueState = 'past' | 'close' | 'ok' | 'done';

/** How close a due date is, for its colour in the queue: past it, within a day, or not yet. */
export const CLOSE_MS = 24 * 3_600_000;
export function dueState(dueAt: Date | undefined, answered: boolean, now: Date): DueState {
  if (answered || !dueAt) return 'done';
  const left = dueAt.getTime() - now.getTime();
  return left < 0 ? 'past' : left <= CLOSE_MS ? 'close' : 'ok';
}
