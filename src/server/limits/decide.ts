/**
 * What a request is told when it is counted (docs/privacy.md, "Rate limits"): let through, asked
 * for a proof of work that grows with the pressure, or refused until its window ends. The counts
 * come from this process or the database (`Counters`); the client is a keyed hash of its address.
 * Imported by plain Node (type stripping).
 */
import { LIMITS, type Counters, type LimitedAction, type Rule, type Tally, type Verdict } from '../rate-limit.ts';
import { MAX_LEVEL, type ProofOfWork } from './proof-of-work.ts';

/** The share of the overall ceiling from which every client past its reserved requests does some work. */
export const NEAR_CEILING = 0.5;

const doublings = (count: number, from: number) => 1 + Math.floor(Math.log2(count / from));

/**
 * The work a request must do, 0 for none: one level from the first request past the client's
 * limit (or from half the overall ceiling), one more at every doubling. A client's first
 * `reserved` requests of its window need none whoever filled the ceiling.
 */
export function workLevel(rule: Rule, mine: number, everyone: number): number {
  const own = mine > rule.perClient.max ? doublings(mine, rule.perClient.max + 1) : 0;
  const nearFrom = rule.overall.max * NEAR_CEILING;
  const all = mine > rule.reserved && everyone >= nearFrom ? doublings(everyone, nearFrom) : 0;
  return Math.min(MAX_LEVEL, Math.max(own, all));
}

/** Without a proof of work to ask for: refused past the client's limit, or past the ceiling beyond the reserved requests. */
function hardLimit(rule: Rule, mine: Tally, everyone: Tally): Tally | undefined {
  if (mine.count > rule.perClient.max) return mine;
  if (mine.count > rule.reserved && everyone.count >= rule.overall.max) return everyone;
  return undefined;
}

const secondsUntil = (endsAt: number, at: number) => Math.max(1, Math.ceil((endsAt - at) / 1000));

export interface Limits {
  /** Counts one request of `action` from the client `clientKey`; `proof` is its ALTCHA payload, if it sent one. */
  take(action: LimitedAction, clientKey: string, proof?: string): Promise<Verdict>;
}

export function createLimits(counters: Counters, proofOfWork: ProofOfWork, now: () => number = Date.now): Limits {
  return {
    async take(action, clientKey, proof) {
      const rule: Rule = LIMITS[action];
      const at = now();
      const { mine, everyone } = await counters.count(action, clientKey, at);
      if (!rule.work) {
        const over = hardLimit(rule, mine, everyone);
        if (over) return { allowed: false, retryAfterSeconds: secondsUntil(over.endsAt, at) };
        await counters.admit(action, at);
        return { allowed: true, clientCount: mine.count };
      }
      const level = workLevel(rule, mine.count, everyone.count);
      if (level === 0 || (await proofOfWork.accepts(proof, action, level, at))) {
        await counters.admit(action, at);
        return { allowed: true, clientCount: mine.count, overLimit: mine.count > rule.perClient.max };
      }
      // The wait is until the client's own window ends, or the ceiling's when that is what pressed.
      const waitFor = mine.count > rule.perClient.max ? mine : everyone;
      return { allowed: false, retryAfterSeconds: secondsUntil(waitFor.endsAt, at), challenge: await proofOfWork.challenge(action, level, at) };
    },
  };
}
