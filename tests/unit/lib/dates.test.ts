import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, isoDate, webinarEnd, webinarStatus } from '../../../src/lib/dates';

describe('dates shown to readers', () => {
  const start = new Date('2026-12-10T10:00:00Z');

  it('give webinar times in Almaty time, UTC+5', () => {
    expect(formatTime('kk', start)).toBe('15:00');
    expect(formatTime('ru', start)).toBe('15:00');
  });

  it('name the month in the page language', () => {
    expect(formatDate('ru', start)).toMatch(/10 декабря 2026/);
    expect(formatDate('kk', start)).toMatch(/желтоқсан/i);
  });

  it('use the Almaty calendar day near midnight UTC', () => {
    expect(formatDate('ru', new Date('2026-12-31T20:00:00Z'))).toMatch(/1 января 2027/);
  });

  it('join the date and the time the same way on every page', () => {
    expect(formatDateTime('ru', new Date('2026-12-31T20:00:00Z'))).toMatch(/^1 января 2027.*, 01:00$/);
    expect(formatDateTime('kk', start)).toMatch(/желтоқсан.*, 15:00$/i);
  });

  it('write machine dates as YYYY-MM-DD', () => {
    expect(isoDate(new Date('2026-09-15T00:00:00Z'))).toBe('2026-09-15');
  });
});

describe('the status of a webinar', () => {
  const start = new Date('2026-12-10T10:00:00Z');

  it('is upcoming until it starts, live while it runs and past once it ends', () => {
    expect(webinarStatus(start, 90, new Date('2026-12-10T09:59:59Z'))).toBe('upcoming');
    expect(webinarStatus(start, 90, start)).toBe('live');
    expect(webinarStatus(start, 90, new Date('2026-12-10T11:29:59Z'))).toBe('live');
    expect(webinarStatus(start, 90, webinarEnd(start, 90))).toBe('past');
  });
});
