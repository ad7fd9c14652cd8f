import { describe, expect, it } from 'vitest';
import { median } from '../../../src/lib/median';
import { exportRows, periodStart, summarize, toCsv, weekOf, weeklyBy, weeksFrom, type DayCount } from '../../../src/lib/statistics';

const counts: DayCount[] = [
  { day: '2026-11-23', category: 'bullying', region: 'astana', urgent: false, count: 3 },
  { day: '2026-11-29', category: 'bullying', region: 'astana', urgent: true, count: 1 },
  { day: '2026-11-30', category: 'drugs', region: 'almaty', urgent: false, count: 4 },
];

describe("the statistics page's figures", () => {
  it('puts a day in the week that starts on its Monday', () => {
    expect(weekOf('2026-11-23')).toBe('2026-11-23');
    expect(weekOf('2026-11-29')).toBe('2026-11-23');
    expect(weekOf('2026-11-30')).toBe('2026-11-30');
  });

  it('lists the weeks of a period, oldest first', () => {
    const now = new Date('2026-11-25T10:00:00Z');
    expect(weeksFrom(periodStart(now, 3), now)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
  });

  it('counts per week and category or region', () => {
    expect(weeklyBy(counts, 'category').get('bullying')).toEqual(new Map([['2026-11-23', 4]]));
    expect(weeklyBy(counts, 'region').get('almaty')).toEqual(new Map([['2026-11-30', 4]]));
  });

  it('gives the urgent share and the median time to first reply', () => {
    expect(summarize(counts, [1, 5, 3])).toEqual({ total: 8, urgent: 1, urgentShare: 1 / 8, medianHoursToFirstReply: 3 });
    expect(summarize([], [])).toEqual({ total: 0, urgent: 0, urgentShare: undefined, medianHoursToFirstReply: undefined });
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('exports CSV with a header, one row per week, category and region, and no formulas', () => {
    expect(exportRows(counts)).toEqual([
      ['week', 'category', 'region', 'reports', 'urgent'],
      ['2026-11-23', 'bullying', 'astana', '4', '1'],
      ['2026-11-30', 'drugs', 'almaty', '4', '0'],
    ]);
    expect(toCsv([['a', '=1+1', 'say "hi", ok']])).toBe(`a,'=1+1,"say ""hi"", ok"\r\n`);
  });
});
