/**
 * The proof of work a client over a limit may do instead of waiting (docs/privacy.md): an ALTCHA
 * challenge (altcha-lib), made and checked here, never by a third party and with no cookie. The
 * browser solves it with the `altcha` widget (src/components/help/ProofOfWork.astro); a JSON
 * client with altcha-lib's solveChallenge (docs/api.md). A challenge is signed with a key derived
 * from the limits key of the day, which every process of one database shares, so a challenge
 * issued by one is checked by another; a solved one is spent once (the counters remember it).
 *
 * The work is PBKDF2-SHA-256 at COST iterations per try; the client must find the counter the
 * server chose, between 2^(level-1) and 2^level times BASE_TRIES: each level doubles the work.
 * Imported by plain Node (type stripping).
 */
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { Counters, LimitedAction } from '../rate-limit.ts';
import { sharedKey } from '../shared-rate-limit.ts';
import type { LimitsKey } from './limits-key.ts';
import { PROOF_MAX } from './proof-field.ts';

export const ALGORITHM = 'PBKDF2/SHA-256';
/** Iterations per try: about 0.2 ms on a server core, a few on a cheap phone. */
export const COST = 1000;
/** Tries of the first level: about a second or two on a cheap phone. */
export const BASE_TRIES = 1000;
/** Five doublings at most: about half a minute on a cheap phone. */
export const MAX_LEVEL = 5;
/** How long a challenge may take to be solved and sent. */
export const CHALLENGE_LIFETIME_MS = 10 * 60_000;

export interface ProofOfWork {
  /** A challenge for `action` at `level` (1…MAX_LEVEL). */
  challenge(action: LimitedAction, level: number, at: number): Promise<Challenge>;
  /**
   * Whether `payload` (base64 of `{challenge, solution}`, as the widget sends it) solves a challenge
   * of ours for `action` at `level` or one below it (the pressure may rise while a child's phone
   * works), unexpired and not spent before; it is spent now.
   */
  accepts(payload: string | undefined, action: LimitedAction, level: number, at: number): Promise<boolean>;
}

interface Payload {
  challenge: Challenge;
  solution: Solution;
}

function parsePayload(payload: string): Payload | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as Partial<Payload>;
    if (parsed && typeof parsed === 'object' && parsed.challenge?.parameters && parsed.solution) return parsed as Payload;
  } catch {
    // Not base64 JSON: no proof.
  }
  return undefined;
}

export function createProofOfWork(limitsKey: LimitsKey, counters: Pick<Counters, 'spend'>, tries = BASE_TRIES): ProofOfWork {
  const secrets = (at: number) => {
    const key = limitsKey.current(at);
    return { hmacSignatureSecret: sharedKey(key, 'proof-of-work', 'challenge'), hmacKeySignatureSecret: sharedKey(key, 'proof-of-work', 'key') };
  };
  return {
    challenge(action, level, at) {
      const clamped = Math.max(1, Math.min(MAX_LEVEL, level));
      const most = tries * 2 ** clamped;
      return createChallenge({
        algorithm: ALGORITHM,
        cost: COST,
        counter: randomInt(most, most / 2),
        deriveKey,
        expiresAt: Math.floor((at + CHALLENGE_LIFETIME_MS) / 1000),
        data: { action, level: clamped },
        ...secrets(at),
      });
    },
    async accepts(payload, action, level, at) {
      if (!payload || payload.length > PROOF_MAX) return false;
      const parsed = parsePayload(payload);
      const data = parsed?.challenge.parameters.data;
      if (!parsed || !data || data['action'] !== action || Number(data['level']) < Math.min(MAX_LEVEL, level) - 1) return false;
      const { algorithm, cost, expiresAt = 0 } = parsed.challenge.parameters;
      // Checked here too, on this clock: the library checks the expiry on its own.
      if (algorithm !== ALGORITHM || cost !== COST || expiresAt * 1000 <= at) return false;
      try {
        const result = await verifySolution({ challenge: parsed.challenge, solution: parsed.solution, deriveKey, ...secrets(at) });
        if (!result.verified) return false;
      } catch {
        return false;
      }
      return counters.spend(parsed.challenge.parameters.nonce, expiresAt * 1000, at);
    },
  };
}
