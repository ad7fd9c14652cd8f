import { describe, expect, it } from 'vitest';
import { lastMonths, shownCount, shownMedian } from '../../../src/lib/suppression';

describe("the transparency page's rule against singling out a child", () => {
  it('shows 1 to 4 as "<5" and 5 and more as the number', () => {
    expect([1, 2, 3, 4].map(shownCount)).toEqual(['<5', '<5', '<5', '<5']);
    expect([5, 6, 120].map(shownCount)).toEqual(['5', '6', '120']);
  });

  it('shows zero as zero, since it names nobody', () => {
    expect(shownCount(0)).toBe('0');
  });

  it('hides a median made from fewer than 5 replies', () => {
    expect(shownMedian(12, 4)).toBeUndefined();
    expect(shownMedian(12, 5)).toBe(12);
    expect(shownMedian(undefined, 0)).toBeUndefined();
  });

  it('counts months back across a new year', () => {
    expect(lastMonths(new Date('2026-02-10T00:00:00Z'), 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
