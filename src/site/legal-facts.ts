/**
 * The facts of content/data/legal-facts.yaml that lessons may cite. A lesson that cites a fact
 * the registry does not have, or one not in force, must not reach a child: the build stops and
 * names the file.
 */
import { citedFactIds, factValidity } from '../lib/legal-facts';
import type { LegalFact } from '../lib/data-schemas';
import { buildTime } from './build-time';
import { getLegalFacts } from './site-data';

export type { LegalFact };

const REGISTRY = 'content/data/legal-facts.yaml';

/** Why a cited id cannot be printed at `now`, in the editor's words, or undefined when it can. */
function problemOf(id: string, fact: LegalFact | undefined, now: Date): string | undefined {
  if (!fact) return `cites <Fact id="${id}" />, but ${REGISTRY} has no fact "${id}". Fix the id, or add the fact to ${REGISTRY} once a lawyer has checked it.`;
  const validity = factValidity(fact, now);
  if (validity === 'not-yet')
    return `cites <Fact id="${id}" />, which ${REGISTRY} says holds only from ${fact.validFrom?.toISOString().slice(0, 10)}. Cite the rule in force today, or publish the lesson from that day.`;
  if (validity === 'expired')
    return `cites <Fact id="${id}" />, which ${REGISTRY} says held only until ${fact.validUntil?.toISOString().slice(0, 10)}. Cite the fact that replaced it.`;
  return undefined;
}

/**
 * Stops the build when a lesson cites a fact that is unknown or not in force, naming the lesson
 * file and the id. Lesson pages call it before they render the lesson.
 */
export async function assertCitedFacts(lessonFile: string, body: string, now: Date = buildTime): Promise<void> {
  const facts = await getLegalFacts();
  const problems = citedFactIds(body).flatMap((id) => problemOf(id, facts.get(id), now) ?? []);
  if (problems.length > 0) throw new Error(`${lessonFile} ${problems.join(`\n${lessonFile} `)}`);
}

/** One fact for <Fact>, which has no file to name; lesson pages check their file first. */
export async function getLegalFact(id: string, now: Date = buildTime): Promise<LegalFact> {
  const fact = (await getLegalFacts()).get(id);
  const problem = problemOf(id, fact, now);
  if (problem || !fact) throw new Error(`A lesson ${problem}`);
  return fact;
}
