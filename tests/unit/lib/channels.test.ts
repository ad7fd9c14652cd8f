import { describe, expect, it } from 'vitest';
import { channelConfirmation, channelsToShow, isConfirmedChannel } from '../../../src/lib/channels';
import { checkAge, monthsBefore, todayInKazakhstan } from '../../../src/lib/freshness';

/** A YAML date as the collection gives it: midnight UTC of that day. */
const day = (text: string) => new Date(`${text}T00:00:00Z`);
const NOW = new Date('2026-12-02T10:00:00+05:00');

describe('a confirmed channel', () => {
  it('is one whose office confirmed it within the last 12 months', () => {
    expect(isConfirmedChannel(day('2026-11-30'), NOW)).toBe(true);
    expect(isConfirmedChannel(day('2025-12-02'), NOW)).toBe(true);
    expect(isConfirmedChannel(day('2025-12-01'), NOW)).toBe(false);
    expect(channelConfirmation(day('2025-12-01'), NOW)).toBe('outdated');
  });

  it('is never one without checkedOn', () => {
    expect(isConfirmedChannel(undefined, NOW)).toBe(false);
    expect(channelConfirmation(undefined, NOW)).toBe('never');
  });

  it('is not one confirmed on a day that has not come yet in Kazakhstan', () => {
    expect(channelConfirmation(day('2026-12-03'), NOW)).toBe('future');
    expect(isConfirmedChannel(day('2026-12-03'), NOW)).toBe(false);
  });

  it('counts days in Kazakhstan time, not the build server’s', () => {
    // 20:00 UTC on 1 December is already 2 December in Almaty.
    const evening = new Date('2026-12-01T20:00:00Z');
    expect(todayInKazakhstan(evening)).toBe('2026-12-02');
    expect(isConfirmedChannel(day('2026-12-02'), evening)).toBe(true);
    expect(isConfirmedChannel(day('2025-12-01'), evening)).toBe(false);
  });
});

describe('the channels a page shows', () => {
  const channels = [{ id: 'confirmed', checkedOn: day('2026-06-01') }, { id: 'never' }, { id: 'lapsed', checkedOn: day('2024-06-01') }];

  it('are only the confirmed ones in production', () => {
    expect(channelsToShow(channels, NOW, false)).toEqual([{ id: 'confirmed', checkedOn: day('2026-06-01'), confirmed: true }]);
  });

  it('are every channel in a preview, each saying whether children see it', () => {
    expect(channelsToShow(channels, NOW, true).map(({ id, confirmed }) => [id, confirmed])).toEqual([
      ['confirmed', true],
      ['never', false],
      ['lapsed', false],
    ]);
  });
});

describe('sample channels', () => {
  const channels = [
    { id: 'own', checkedOn: day('2026-06-01') },
    { id: 'example', checkedOn: day('2026-06-01'), sample: true },
    { id: 'example-unconfirmed', sample: true },
  ];

  it('never reach a child in production, even with a checkedOn', () => {
    expect(channelsToShow(channels, NOW, false, false).map(({ id }) => id)).toEqual(['own']);
  });

  it('show where samples are shown: with SHOW_SAMPLES=1 only when confirmed, in a preview all of them', () => {
    expect(channelsToShow(channels, NOW, false, true).map(({ id }) => id)).toEqual(['own', 'example']);
    expect(channelsToShow(channels, NOW, true).map(({ id }) => id)).toEqual(['own', 'example', 'example-unconfirmed']);
  });
});

describe('months before a day', () => {
  it('keeps the day of the month, or the last day of a shorter month', () => {
    expect(monthsBefore('2026-12-02', 12)).toBe('2025-12-02');
    expect(monthsBefore('2028-02-29', 12)).toBe('2027-02-28');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
    expect(checkAge(day('2026-02-28'), new Date('2027-02-28T12:00:00+05:00'))).toBe('fresh');
  });
});
