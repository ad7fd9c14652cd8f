import { describe, expect, it } from 'vitest';
import { answerDaysFor, dueDate, dueState } from '../../../src/lib/due-dates';

const terms = { answerDays: { astana: 10, abai: 5 }, holidays: new Set(['2026-12-16']) };

describe('due dates', () => {
  it("give a calm report the region's working days, counted from the day after filing, skipping weekends and holidays", () => {
    // Monday 14 December 2026, 10:00 in Almaty; the 16th is Independence Day.
    const filed = new Date('2026-12-14T05:00:00Z');
    expect(dueDate(terms, { region: 'abai', category: 'bullying', urgent: false }, filed).toISOString()).toBe('2026-12-22T18:59:59.999Z');
  });

  it('give urgent reports one working day and the gravest categories fewer days than the region', () => {
    expect(answerDaysFor(terms, { region: 'astana', category: 'bullying', urgent: true })).toBe(1);
    expect(answerDaysFor(terms, { region: 'astana', category: 'sexual-abuse', urgent: false })).toBe(2);
    expect(answerDaysFor(terms, { region: 'astana', category: 'violence-home', urgent: false })).toBe(3);
    expect(answerDaysFor(terms, { region: 'unknown', category: 'other', urgent: false })).toBe(10);
    // A Friday-night urgent report is due at the end of Monday.
    const friday = new Date('2026-12-11T18:30:00Z');
    expect(dueDate(terms, { region: 'astana', category: 'bullying', urgent: true }, friday).toISOString()).toBe('2026-12-14T18:59:59.999Z');
  });

  it('colour a due date past, close within a day, fine otherwise, and never once answered', () => {
    const due = new Date('2026-12-14T18:59:59.999Z');
    expect(dueState(due, false, new Date('2026-12-15T00:00:00Z'))).toBe('past');
    expect(dueState(due, false, new Date('2026-12-14T05:00:00Z'))).toBe('close');
    expect(dueState(due, false, new Date('2026-12-12T05:00:00Z'))).toBe('ok');
    expect(dueState(due, true, new Date('2026-12-20T00:00:00Z'))).toBe('done');
    expect(dueState(undefined, false, new Date())).toBe('done');
  });
});
