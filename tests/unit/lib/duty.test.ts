import { describe, expect, it } from 'vitest';
import { isOnDuty, NO_DUTY, parseDuty, type Duty } from '../../../src/lib/duty';

/** A moment in Almaty (UTC+5) on 14 December 2026 (a Monday) plus `days`. */
const almaty = (days: number, time: string) => new Date(Date.parse(`2026-12-${String(14 + days).padStart(2, '0')}T${time}:00+05:00`));

describe('duty hours', () => {
  const weekdays: Duty = { on: true, days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' };

  it('hold on the chosen days between the hours, in Almaty time', () => {
    expect(isOnDuty(weekdays, almaty(0, '09:00'))).toBe(true);
    expect(isOnDuty(weekdays, almaty(0, '17:59'))).toBe(true);
    expect(isOnDuty(weekdays, almaty(0, '18:00'))).toBe(false);
    expect(isOnDuty(weekdays, almaty(0, '08:59'))).toBe(false);
    expect(isOnDuty(weekdays, almaty(5, '12:00'))).toBe(false);
  });

  it('run over midnight when they end before they start, belonging to the day they start', () => {
    const nights: Duty = { on: true, days: [5], from: '20:00', to: '08:00' };
    expect(isOnDuty(nights, almaty(4, '21:00'))).toBe(true);
    expect(isOnDuty(nights, almaty(5, '07:59'))).toBe(true);
    expect(isOnDuty(nights, almaty(5, '21:00'))).toBe(false);
    expect(isOnDuty(nights, almaty(4, '07:00'))).toBe(false);
  });

  it('take the whole day when start and end are equal, and nothing when switched off', () => {
    expect(isOnDuty({ on: true, days: [1], from: '00:00', to: '00:00' }, almaty(0, '03:00'))).toBe(true);
    expect(isOnDuty({ ...weekdays, on: false }, almaty(0, '12:00'))).toBe(false);
  });

  it('read as no duty at all when nothing or something unreadable is stored', () => {
    expect(parseDuty(undefined)).toEqual(NO_DUTY);
    expect(parseDuty('{not json')).toEqual(NO_DUTY);
    expect(parseDuty(JSON.stringify({ on: true, days: [1, 9], from: '25:00', to: '08:00' }))).toEqual(NO_DUTY);
    expect(parseDuty(JSON.stringify({ on: true, days: [1, 9], from: '08:00', to: '17:00' }))).toEqual({ on: true, days: [1], from: '08:00', to: '17:00' });
  });
});
