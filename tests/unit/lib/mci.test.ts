import { describe, expect, it } from 'vitest';
import { mciFor, tengeFor, yearInKazakhstan } from '../../../src/lib/mci';

const table = [
  { year: 2024, tenge: 3692 },
  { year: 2025, tenge: 3932 },
  { year: 2026, tenge: 4325 },
];

describe('the MCI of a year', () => {
  it('is that year’s value when the table has it', () => {
    expect(mciFor(table, 2025)).toEqual({ year: 2025, tenge: 3932, exact: true });
    expect(tengeFor(10, mciFor(table, 2026)!)).toBe(43_250);
    expect(tengeFor(30, mciFor(table, 2026)!)).toBe(129_750);
  });

  it('falls back to the latest known year, saying it is not exact', () => {
    expect(mciFor(table, 2027)).toEqual({ year: 2026, tenge: 4325, exact: false });
    expect(mciFor([...table].reverse(), 2030)).toMatchObject({ year: 2026 });
  });

  it('uses the earliest year for a year before the table, and nothing for an empty table', () => {
    expect(mciFor(table, 2020)).toEqual({ year: 2024, tenge: 3692, exact: false });
    expect(mciFor([], 2026)).toBeUndefined();
  });
});

describe('the year of the MCI', () => {
  it('is the year in Kazakhstan, which starts five hours before UTC’s', () => {
    expect(yearInKazakhstan(new Date('2026-12-31T18:59:00Z'))).toBe(2026);
    expect(yearInKazakhstan(new Date('2026-12-31T19:00:00Z'))).toBe(2027);
  });
});
