import { describe, expect, it } from 'vitest';
import { createClientKeys, createLimiter, createRateLimit } from '../../../src/server/rate-limit';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the rate limits', () => {
  it('allow a client up to the limit in a window, then say when to come back', () => {
    const time = clock();
    const limiter = createLimiter({ max: 2, windowMs: 60_000 }, time.now);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(true);
    time.advance(15_000);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.take('b').allowed).toBe(true);
    time.advance(45_000);
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('stop clients past their reserved first requests once the overall ceiling is reached', () => {
    const time = clock();
    const limit = createRateLimit({ max: 10, windowMs: 60_000 }, { max: 3, windowMs: 60_000 }, 1, time.now);
    for (const client of ['a', 'b', 'c']) expect(limit.take(client).allowed).toBe(true);
    expect(limit.take('a').allowed).toBe(false);
  });

  it('let a fresh client through however many others filled the overall ceiling', () => {
    const time = clock();
    const limit = createRateLimit({ max: 10, windowMs: 60_000 }, { max: 20, windowMs: 60_000 }, 2, time.now);
    for (let client = 0; client < 40; client++) for (let i = 0; i < 10; i++) limit.take(`flood-${client}`);
    expect(limit.take('flood-0').allowed).toBe(false);
    expect(limit.take('child').allowed).toBe(true);
    expect(limit.take('child').allowed).toBe(true);
    expect(limit.take('child').allowed).toBe(false);
  });

  it('know a client by a keyed hash that holds no address and changes every day', () => {
    const time = clock(Date.UTC(2026, 10, 25, 10));
    const keyOf = createClientKeys(time.now);
    const today = keyOf('203.0.113.77');
    expect(today).not.toContain('203.0.113.77');
    expect(keyOf('203.0.113.77')).toBe(today);
    expect(keyOf('203.0.113.78')).not.toBe(today);
    time.advance(86_400_000);
    expect(keyOf('203.0.113.77')).not.toBe(today);
  });
});
