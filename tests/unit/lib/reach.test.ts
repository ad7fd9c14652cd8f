import { describe, expect, it } from 'vitest';
import { declinesTracking, hitOf } from '../../../src/lib/hit';
import { almatyDay, hitSchema, monthsUpTo, sumBy, sumByPeriod, weekOf, weeksUpTo, type ViewCount } from '../../../src/lib/reach';

const view = (day: string, overrides: Partial<ViewCount> = {}): ViewCount => ({
  day,
  path: '/kk/',
  lang: 'kk',
  source: 'site',
  region: '',
  views: 1,
  ...overrides,
});

describe('the day a view is counted on', () => {
  it('is the day in Kazakhstan (UTC+5), not in UTC', () => {
    expect(almatyDay(new Date('2026-03-01T18:59:59Z'))).toBe('2026-03-01');
    expect(almatyDay(new Date('2026-03-01T19:00:00Z'))).toBe('2026-03-02');
  });
});

describe('a hit', () => {
  it('takes a path, a lang, a source and an optional region', () => {
    expect(hitSchema.parse({ path: '/kk/help/', lang: 'kk', source: 'qr', region: 'abai' })).toEqual({
      path: '/kk/help/',
      lang: 'kk',
      source: 'qr',
      region: 'abai',
    });
    expect(hitSchema.parse({ path: '/ru/', lang: 'ru', source: 'site' }).region).toBe('');
  });

  it('refuses a query, an unknown source or lang, and a region that is no id', () => {
    for (const wrong of [
      { path: '/kk/help/case/?code=1234', lang: 'kk', source: 'site' },
      { path: '/kk/', lang: 'en', source: 'site' },
      { path: '/kk/', lang: 'kk', source: 'email' },
      { path: '/kk/', lang: 'kk', source: 'site', region: 'Школа №5' },
      { path: 'https://evil.example/', lang: 'kk', source: 'site' },
    ]) {
      expect(hitSchema.safeParse(wrong).success, JSON.stringify(wrong)).toBe(false);
    }
  });
});

describe('what a page load sends', () => {
  it('sends the path without its query, the source from a QR code and the region', () => {
    expect(hitOf({ pathname: '/kk/help/', search: '?region=abai&src=qr&tier=7-10' }, false)).toEqual({
      path: '/kk/help/',
      lang: 'kk',
      source: 'qr',
      region: 'abai',
    });
    expect(hitOf({ pathname: '/ru/articles/x/', search: '?src=print' }, false)).toMatchObject({ source: 'print', region: '' });
    expect(hitOf({ pathname: '/ru/articles/x/', search: '?src=anything' }, false)).toMatchObject({ source: 'site' });
  });

  it('counts the iframe variant as iframe, with its lang', () => {
    expect(hitOf({ pathname: '/embed/ru/11-14/', search: '' }, true)).toEqual({ path: '/embed/ru/11-14/', lang: 'ru', source: 'iframe', region: '' });
  });

  it('sends nothing when the browser asks not to be tracked', () => {
    expect(declinesTracking({ globalPrivacyControl: true })).toBe(true);
    expect(declinesTracking({ doNotTrack: '1' })).toBe(true);
    expect(declinesTracking({}, '1')).toBe(true);
    expect(declinesTracking({ globalPrivacyControl: false, doNotTrack: 'unspecified' })).toBe(false);
  });
});

describe('the sums of the reach page', () => {
  it('groups by week (from Monday) and by month, keeping empty periods', () => {
    expect(weekOf('2026-03-04')).toBe('2026-03-02');
    expect(weeksUpTo('2026-03-04', 3)).toEqual(['2026-02-16', '2026-02-23', '2026-03-02']);
    expect(monthsUpTo('2026-01-31', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
    const counts = [view('2026-03-02', { views: 2 }), view('2026-03-08', { views: 3 }), view('2026-02-20')];
    expect(sumByPeriod(counts, weekOf, weeksUpTo('2026-03-04', 3))).toEqual([
      { key: '2026-02-16', views: 1 },
      { key: '2026-02-23', views: 0 },
      { key: '2026-03-02', views: 5 },
    ]);
  });

  it('sums by one key, largest first, and counts a page for each of its audiences', () => {
    const counts = [view('2026-03-02', { lang: 'ru', views: 4 }), view('2026-03-02', { views: 1 }), view('2026-03-03', { views: 2 })];
    expect(sumBy(counts, (count) => count.lang)).toEqual([
      { key: 'ru', views: 4 },
      { key: 'kk', views: 3 },
    ]);
    expect(sumBy([view('2026-03-02', { views: 2 })], () => ['11-14', 'parents'])).toEqual([
      { key: '11-14', views: 2 },
      { key: 'parents', views: 2 },
    ]);
  });
});
