/**
 * Rules about the legal facts of content/data/legal-facts.yaml that both the build and the
 * content check apply: whether a fact is in force, what a lesson cites, and when a fact has
 * changed under a lesson that a lawyer already reviewed.
 */
import { calendarDay, todayInKazakhstan } from './freshness.ts';

/** What these rules need of a fact; the collection's entries and the content check's YAML both fit. */
export interface FactDates {
  checked: { on: Date };
  validFrom?: Date | undefined;
  validUntil?: Date | undefined;
}

export type FactValidity = 'in-force' | 'not-yet' | 'expired';

/** Whether a fact holds on the day it is in Kazakhstan at `now` (both validity days included). */
export function factValidity(fact: Pick<FactDates, 'validFrom' | 'validUntil'>, now: Date): FactValidity {
  const today = todayInKazakhstan(now);
  if (fact.validFrom && calendarDay(fact.validFrom) > today) return 'not-yet';
  if (fact.validUntil && calendarDay(fact.validUntil) < today) return 'expired';
  return 'in-force';
}

/**
 * The ids a lesson's MDX cites with `<Fact id="…" />`, in order of appearance. The content check
 * reads the MDX tree and also reports a `<Fact>` without a plain id; the build needs only the ids.
 */
export function citedFactIds(mdx: string): string[] {
  return [...mdx.matchAll(/<Fact\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((match) => match[1] ?? match[2] ?? '');
}

/**
 * A fact has changed under a lesson reviewed on `reviewedOn` when it was checked again after that
 * day (whoever edits a fact checks it against the official text and sets `checked.on`, so any
 * edit moves that date), or when it came into force after that day: the lawyer reviewed the
 * lesson against a law that was not yet the law.
 */
export function factChangedSince(fact: FactDates, reviewedOn: Date): boolean {
  const reviewed = calendarDay(reviewedOn);
  return calendarDay(fact.checked.on) > reviewed || (fact.validFrom !== undefined && calendarDay(fact.validFrom) > reviewed);
}
