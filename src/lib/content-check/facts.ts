/**
 * <Fact id="…" /> against content/data/legal-facts.yaml: a cited id must exist and be in force
 * (the build stops otherwise), a fact's check against the official text goes stale after 12
 * months, and a lesson reviewed before a fact it cites changed needs its lawyer again.
 */
import { visit } from 'unist-util-visit';
import { calendarDay, checkAge } from '../freshness.ts';
import { factChangedSince, factValidity, type FactDates } from '../legal-facts.ts';
import { asDate, finding, nodeLine } from './finding.ts';
import type { Check, DataItem, Finding, LessonDoc } from './types.ts';

export const FACTS_FILE = 'content/data/legal-facts.yaml';

type Attribute = { type: string; name?: string; value?: unknown };

/** The id of `<Fact id="…" />` when it is written as plain text, the only form the build accepts. */
function plainId(attributes: readonly Attribute[]): string | undefined {
  const id = attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
  return typeof id?.value === 'string' && id.value.trim() !== '' ? id.value.trim() : undefined;
}

/** The dates a fact's rules need, when the YAML gives them as dates. */
function datesOf(fact: DataItem): FactDates | undefined {
  const checked = fact.data['checked'] as { on?: unknown } | undefined;
  const on = asDate(checked?.on);
  if (!on) return undefined;
  return { checked: { on }, validFrom: asDate(fact.data['validFrom']), validUntil: asDate(fact.data['validUntil']) };
}

/** Every `<Fact>` of a lesson with its line, and its id when it has a plain one. */
function citations(lesson: LessonDoc): { line: number; id: string | undefined }[] {
  const found: { line: number; id: string | undefined }[] = [];
  visit(lesson.body, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Fact') {
      found.push({ line: nodeLine(lesson, node), id: plainId(node.attributes as Attribute[]) });
    }
  });
  return found;
}

function checkCitations(lesson: LessonDoc, facts: Map<string, DataItem>, now: Date): Finding[] {
  const findings: Finding[] = [];
  const changed = new Set<string>();
  const reviewedOn = asDate((lesson.data['review'] as { on?: unknown } | undefined)?.on);
  for (const { line, id } of citations(lesson)) {
    const fact = id === undefined ? undefined : facts.get(id);
    if (id === undefined) findings.push(finding(lesson, line, 'error', 'fact-invalid'));
    else if (!fact) findings.push(finding(lesson, line, 'error', 'fact-unknown', { id }));
    else {
      const dates = datesOf(fact);
      const validity = dates ? factValidity(dates, now) : 'in-force';
      if (validity !== 'in-force') findings.push(finding(lesson, line, 'error', 'fact-not-in-force', { id, validity }));
      else if (dates && reviewedOn && !changed.has(id) && factChangedSince(dates, reviewedOn)) {
        changed.add(id);
        findings.push(
          finding(lesson, lesson.lineOf(['review', 'on']), 'warning', 'fact-changed-since-review', {
            id,
            reviewed: calendarDay(reviewedOn),
            checked: calendarDay(dates.checked.on),
          }),
        );
      }
    }
  }
  return findings;
}

/** Facts whose check against the official text is over 12 months old (or dated in the future). */
function checkFreshness(facts: DataItem[], now: Date): Finding[] {
  return facts.flatMap((fact) => {
    const on = datesOf(fact)?.checked.on;
    if (!on || checkAge(on, now) === 'fresh') return [];
    return [finding({ file: FACTS_FILE }, fact.lineOf(['checked', 'on']), 'warning', 'fact-outdated', { id: fact.id, date: calendarDay(on) })];
  });
}

export const checkFacts: Check = ({ lessons, legalFacts = [] }, now) => {
  const facts = new Map(legalFacts.map((fact) => [fact.id, fact]));
  return [...checkFreshness(legalFacts, now), ...lessons.flatMap((lesson) => checkCitations(lesson, facts, now))];
};
