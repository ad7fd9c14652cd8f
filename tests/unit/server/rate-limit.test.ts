import { describe, expect, it } from 'vitest';
import { createTallies, memoryCounters } from '../../../src/server/rate-limit';

describe('the counts of the rate limits', () => {
  it('count per key in fixed windows and forget a window once it is over', () => {
    const tallies = createTallies();
    const limit = { max: 2, windowMs: 60_000 };
    expect(tallies.add('a', limit, 0)).toEqual({ count: 1, endsAt: 60_000 });
    expect(tallies.add('a', limit, 15_000)).toEqual({ count: 2, endsAt: 60_000 });
    expect(tallies.peek('b', limit, 15_000).count).toBe(0);
    expect(tallies.add('a', limit, 60_000)).toEqual({ count: 1, endsAt: 120_000 });
  });

  it('count a client apart from everyone, and everyone only when let through', async () => {
    const counters = memoryCounters();
    await counters.count('reports', 'a', 0);
    const { mine, everyone } = await counters.count('reports', 'a', 1);
    expect(mine.count).toBe(2);
    expect(everyone.count).toBe(0);
    await counters.admit('reports', 2);
    expect((await counters.count('reports', 'b', 3)).everyone.count).toBe(1);
  });

  it('spend a proof of work once', async () => {
    const counters = memoryCounters();
    expect(await counters.spend('nonce', 600_000, 0)).toBe(true);
    expect(await counters.spend('nonce', 600_000, 1)).toBe(false);
  });
});
