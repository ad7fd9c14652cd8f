/**
 * What a form page shows when a post is over a rate limit: everything that was typed, the minutes
 * to wait, and the proof of work that lets it through now (src/components/help/ProofOfWork.astro).
 * The help form and the case page both use it, so a limit never costs a child their words.
 */
import { textFields } from '../../lib/form-fields.ts';
import type { Accepted } from '../accept.ts';

export interface Limited {
  status: 429;
  retryAfterSeconds: number;
  /** The ALTCHA challenge, as JSON for the widget's `challenge` attribute; none when only waiting helps. */
  challenge?: string | undefined;
  /** What was typed, given back. */
  values: Record<string, string>;
}

export function limitedForm(refused: Extract<Accepted<unknown>, { step: 'limit' }>): Limited {
  return {
    status: 429,
    retryAfterSeconds: refused.retryAfterSeconds,
    challenge: refused.challenge === undefined ? undefined : JSON.stringify(refused.challenge),
    values: textFields(refused.fields),
  };
}

/** Whole minutes to wait, at least one: what the child is told. */
export const minutesToWait = (retryAfterSeconds: number) => Math.max(1, Math.ceil(retryAfterSeconds / 60));
