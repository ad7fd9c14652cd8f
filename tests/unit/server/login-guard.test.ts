/** The login guard's memory: what it forgets, and that names are one account whatever their case. */
import { describe, expect, it } from 'vitest';
import { createLoginGuard, FAILURE_MEMORY_MS, PAIR_LOCK_ATTEMPTS } from '../../../src/server/auth/login-guard';

describe('the login guard', () => {
  it('forgets an account’s failures after 15 minutes, so its answers are quick again', () => {
    let now = 0;
    const guard = createLoginGuard(() => now);
    for (let i = 0; i < 8; i++) guard.failed('Aigerim', `client-${i}`);
    expect(guard.check('aigerim', 'office').delayMs).toBeGreaterThan(0);
    now += FAILURE_MEMORY_MS;
    expect(guard.check('aigerim', 'office')).toEqual({ locked: false, delayMs: 0 });
  });

  it('starts a pair’s count again after a success', () => {
    const guard = createLoginGuard(() => 0);
    for (let i = 0; i < PAIR_LOCK_ATTEMPTS - 1; i++) guard.failed('aigerim', 'office');
    guard.succeeded('aigerim', 'office');
    guard.failed('aigerim', 'office');
    expect(guard.check('aigerim', 'office').locked).toBe(false);
  });
});
