import { describe, expect, it } from 'vitest';
import { addWorkingDays, almatyDay, endOfAlmatyDay, isWorkingDay } from '../../../src/lib/working-days';

const NAURYZ_2026 = new Set(['2026-03-23', '2026-03-24', '2026-03-25']);

describe('working days', () => {
  it('reads the day in Almaty, not in UTC', () => {
    expect(almatyDay(new Date('2026-12-07T20:30:00Z'))).toBe('2026-12-08');
    expect(almatyDay(new Date('2026-12-07T18:59:59Z'))).toBe('2026-12-07');
  });

  it('skips weekends', () => {
    // Friday 2026-12-04 in Almaty: one working day on is Monday.
    expect(addWorkingDays(new Date('2026-12-04T10:00:00+05:00'), 1, new Set())).toBe('2026-12-07');
    expect(isWorkingDay('2026-12-05', new Set())).toBe(false);
  });

  it('skips the days off of holidays.yaml', () => {
    // Friday 20 March 2026; Nauryz and its moved days fill Monday to Wednesday.
    expect(addWorkingDays(new Date('2026-03-20T09:00:00+05:00'), 1, NAURYZ_2026)).toBe('2026-03-26');
    expect(addWorkingDays(new Date('2026-03-20T09:00:00+05:00'), 10, NAURYZ_2026)).toBe('2026-04-08');
  });

  it('gives a report filed late in the evening as much time as one filed in the morning', () => {
    const morning = addWorkingDays(new Date('2026-12-08T09:00:00+05:00'), 3, new Set());
    const lateEvening = addWorkingDays(new Date('2026-12-08T23:30:00+05:00'), 3, new Set());
    expect(lateEvening).toBe(morning);
  });

  it('ends a day at midnight in Almaty', () => {
    expect(endOfAlmatyDay('2026-12-08').toISOString()).toBe('2026-12-08T18:59:59.999Z');
  });
});
