import { describe, expect, it } from 'vitest';
import { AUDIENCES, isAudience, isTier, youngestTier } from '../../../src/lib/audiences';
import { isLang, otherLang } from '../../../src/lib/langs';
import { durationSeconds, isoDuration } from '../../../src/lib/durations';

describe('audiences and tiers', () => {
  it('are the three age bands, parents and teachers', () => {
    expect(AUDIENCES).toEqual(['7-10', '11-14', '15-18', 'parents', 'teachers']);
    expect(isAudience('parents')).toBe(true);
    expect(isAudience('teens')).toBe(false);
    expect(isTier('parents')).toBe(false);
  });

  it('let the youngest reader set the type size of a page', () => {
    expect(youngestTier(['15-18', '7-10'])).toBe('7-10');
    expect(youngestTier(['parents'])).toBeUndefined();
  });
});

describe('languages', () => {
  it('are Kazakh and Russian, each the other of the other', () => {
    expect(isLang('kk') && isLang('ru')).toBe(true);
    expect(isLang('en')).toBe(false);
    expect(otherLang('kk')).toBe('ru');
    expect(otherLang('ru')).toBe('kk');
  });
});

describe('video durations', () => {
  it('read minutes:seconds and hours:minutes:seconds', () => {
    expect(durationSeconds('0:48')).toBe(48);
    expect(durationSeconds('1:02:03')).toBe(3723);
    expect(() => durationSeconds('48 s')).toThrow(/minutes:seconds/);
  });

  it('become ISO 8601 durations', () => {
    expect(isoDuration(270)).toBe('PT4M30S');
    expect(isoDuration(3600)).toBe('PT1H');
    expect(isoDuration(0)).toBe('PT0S');
  });
});
