import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { describe, expect, it } from 'vitest';
import { LIMITS, memoryCounters } from '../../../../src/server/rate-limit';
import { createLimits, workLevel } from '../../../../src/server/limits/decide';
import { memoryLimitsKey } from '../../../../src/server/limits/limits-key';
import { createProofOfWork, MAX_LEVEL } from '../../../../src/server/limits/proof-of-work';

/** Solves a challenge as the widget does and makes the payload it sends. */
async function solve(challenge: unknown): Promise<string> {
  const solution = await solveChallenge({ challenge: challenge as Challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

// Now, or five minutes into the next hour when this one is about to end: every fixed window (an
// hour at most) then has room for the test's steps, so none lands in a fresh window that forgets
// the counts. Never in the past: a challenge is also checked against the real clock.
const HOUR = 3_600_000;
const START = Date.now() % HOUR < 40 * 60_000 ? Date.now() : Math.ceil(Date.now() / HOUR) * HOUR + 5 * 60_000;

function limitsAt(start = START) {
  let now = start;
  const counters = memoryCounters();
  // Little work, so the test solves its challenges quickly.
  const proofOfWork = createProofOfWork(
    memoryLimitsKey(() => now),
    counters,
    4,
  );
  return { limits: createLimits(counters, proofOfWork, () => now), advance: (ms: number) => (now += ms) };
}

describe('the work a request over a limit must do', () => {
  const reports = LIMITS.reports;

  it('is none within the limit and below half the ceiling, then one level more at each doubling', () => {
    expect(workLevel(reports, 20, 0)).toBe(0);
    expect(workLevel(reports, 21, 0)).toBe(1);
    expect(workLevel(reports, 41, 0)).toBe(1);
    expect(workLevel(reports, 42, 0)).toBe(2);
    expect(workLevel(reports, 84, 0)).toBe(3);
    expect(workLevel(reports, 10_000, 0)).toBe(MAX_LEVEL);
  });

  it("grows with the overall pressure, except for a client's reserved first requests", () => {
    expect(workLevel(reports, 5, 299)).toBe(0);
    expect(workLevel(reports, 5, 300)).toBe(1);
    expect(workLevel(reports, 5, 600)).toBe(2);
    expect(workLevel(reports, 5, 1200)).toBe(3);
    expect(workLevel(reports, 3, 100_000)).toBe(0);
  });
});

describe('a client over its report limit', () => {
  it('is asked for a proof of work, says how long to wait, and passes once it has done it', async () => {
    const { limits } = limitsAt();
    for (let i = 0; i < 20; i++) expect(await limits.take('reports', 'school')).toMatchObject({ allowed: true });
    const refused = await limits.take('reports', 'school');
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: expect.any(Number) });
    if (refused.allowed) throw new Error('unreachable');
    expect(refused.retryAfterSeconds).toBeGreaterThan(60);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(3600);
    const proof = await solve(refused.challenge);
    expect(await limits.take('reports', 'school', proof)).toEqual({ allowed: true, clientCount: 22, overLimit: true });
  });

  it('cannot spend a proof twice, forge one, or use one made for case lookups', async () => {
    const { limits } = limitsAt();
    for (let i = 0; i < 21; i++) await limits.take('reports', 'flood');
    const refused = await limits.take('reports', 'flood');
    if (refused.allowed) throw new Error('expected a challenge');
    const proof = await solve(refused.challenge);
    expect((await limits.take('reports', 'flood', proof)).allowed).toBe(true);
    expect((await limits.take('reports', 'flood', proof)).allowed).toBe(false);

    const again = await limits.take('reports', 'flood');
    if (again.allowed) throw new Error('expected a challenge');
    const payload = JSON.parse(Buffer.from(await solve(again.challenge), 'base64').toString()) as { solution: { derivedKey: string } };
    const last = payload.solution.derivedKey.at(-1) === '0' ? '1' : '0';
    payload.solution.derivedKey = payload.solution.derivedKey.slice(0, -1) + last;
    expect((await limits.take('reports', 'flood', Buffer.from(JSON.stringify(payload)).toString('base64'))).allowed).toBe(false);
    expect((await limits.take('reports', 'flood', 'bm90IGEgcHJvb2Y=')).allowed).toBe(false);

    for (let i = 0; i < 31; i++) await limits.take('caseLookups', 'flood');
    const lookup = await limits.take('caseLookups', 'flood');
    if (lookup.allowed) throw new Error('expected a challenge');
    expect((await limits.take('reports', 'flood', await solve(lookup.challenge))).allowed).toBe(false);
  });

  it('cannot use a challenge past its ten minutes', async () => {
    const { limits, advance } = limitsAt();
    for (let i = 0; i < 21; i++) await limits.take('reports', 'slow');
    const refused = await limits.take('reports', 'slow');
    if (refused.allowed) throw new Error('expected a challenge');
    const proof = await solve(refused.challenge);
    advance(11 * 60_000);
    expect((await limits.take('reports', 'slow', proof)).allowed).toBe(false);
  });

  it('is refused outright where no proof of work is asked for: page views and sign-ins', async () => {
    const { limits } = limitsAt();
    for (let i = 0; i < LIMITS.logins.perClient.max; i++) expect((await limits.take('logins', 'guesser')).allowed).toBe(true);
    const refused = await limits.take('logins', 'guesser');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
  });

  it("lets a reader through the page views' ceiling however many refused hits others sent", async () => {
    const { limits } = limitsAt();
    const { perClient, overall } = LIMITS.hits;
    for (let flooder = 0; flooder * perClient.max < overall.max; flooder++) {
      for (let i = 0; i < perClient.max + 50; i++) await limits.take('hits', `flood-${flooder}`);
    }
    expect((await limits.take('hits', 'flood-0')).allowed).toBe(false);
    expect((await limits.take('hits', 'reader')).allowed).toBe(true);
  });
});
