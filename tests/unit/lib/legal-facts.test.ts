import { describe, expect, it } from 'vitest';
import { citedFactIds, factChangedSince, factValidity } from '../../../src/lib/legal-facts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const NOW = new Date('2026-12-02T10:00:00+05:00');

describe('a fact in force', () => {
  it('holds from validFrom to validUntil, both days included, in Kazakhstan time', () => {
    expect(factValidity({}, NOW)).toBe('in-force');
    expect(factValidity({ validFrom: day('2026-12-02'), validUntil: day('2026-12-02') }, NOW)).toBe('in-force');
    expect(factValidity({ validFrom: day('2026-12-03') }, NOW)).toBe('not-yet');
    expect(factValidity({ validUntil: day('2026-12-01') }, NOW)).toBe('expired');
    expect(factValidity({ validFrom: day('2026-12-02') }, new Date('2026-12-01T19:30:00Z'))).toBe('in-force');
  });
});

describe('the facts a lesson cites', () => {
  it('are the ids of every <Fact>, in either quotes', () => {
    const body = 'Жауапкершілік: <Fact id="criminal-age" />.\n\n<Fact  id=\'bullying-minor\'/>\n\n<Facts id="not-a-fact" />';
    expect(citedFactIds(body)).toEqual(['criminal-age', 'bullying-minor']);
  });
});

describe('a fact that changed since a lesson’s review', () => {
  const fact = { checked: { on: day('2026-11-20') } };

  it('is one checked again after the review', () => {
    expect(factChangedSince(fact, day('2026-11-19'))).toBe(true);
    expect(factChangedSince(fact, day('2026-11-20'))).toBe(false);
  });

  it('is one that came into force after the review', () => {
    expect(factChangedSince({ checked: { on: day('2025-01-10') }, validFrom: day('2025-09-16') }, day('2025-06-01'))).toBe(true);
    expect(factChangedSince({ checked: { on: day('2025-01-10') }, validFrom: day('2025-09-16') }, day('2025-10-01'))).toBe(false);
  });
});
