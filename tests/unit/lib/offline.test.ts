import { describe, expect, it } from 'vitest';
import { CACHE_PREFIX, OFFLINE_PAGES, answersOffline, cacheName, offlineAnswerFor, pageAssets } from '../../../src/lib/offline';

describe('what the offline worker keeps', () => {
  it('keeps the offline page and the home page of each language, and no lesson, help page or case', () => {
    expect([...OFFLINE_PAGES].sort()).toEqual(['/kk/', '/kk/offline/', '/ru/', '/ru/offline/']);
  });

  it('names each build its own cache, under one prefix the worker can clean up', () => {
    expect(cacheName('abc123')).toBe(`${CACHE_PREFIX}abc123`);
    expect(cacheName('abc123')).not.toBe(cacheName('def456'));
  });

  it('takes the styles, scripts and icon a kept page names on our origin, not its images or feeds', () => {
    const html = [
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
      '<link rel="canonical" href="https://zanbala.example/kk/">',
      '<link rel="alternate" type="application/rss+xml" href="/kk/rss.xml">',
      '<link rel="stylesheet" href="/_astro/SafetyBar.CJFqcQIR.css">',
      '<script type="module" src="/sw-register.js"></script>',
      '<script type="application/ld+json">{}</script>',
      '<img src="/_astro/cover.webp" alt="">',
      '<script src="//cdn.example/x.js"></script>',
    ].join('');
    expect(pageAssets(html)).toEqual(['/_astro/SafetyBar.CJFqcQIR.css', '/favicon.svg', '/sw-register.js']);
  });
});

describe('what a failed navigation shows', () => {
  it('shows a kept page itself, and the offline page of its language for any other page', () => {
    expect(offlineAnswerFor('/ru/')).toBe('/ru/');
    expect(offlineAnswerFor('/kk/offline/')).toBe('/kk/offline/');
    expect(offlineAnswerFor('/ru/articles/bullying-what-it-is/')).toBe('/ru/offline/');
    expect(offlineAnswerFor('/kk/help/')).toBe('/kk/offline/');
    expect(offlineAnswerFor('/embed/ru/11-14/')).toBe('/ru/offline/');
    expect(offlineAnswerFor('/')).toBe('/kk/offline/');
  });

  it("answers for public pages only: the inbox and the API get the browser's own error", () => {
    expect(answersOffline('/kk/articles/x/')).toBe(true);
    expect(answersOffline('/ru/help/case/')).toBe(true);
    expect(answersOffline('/admin/')).toBe(false);
    expect(answersOffline('/admin/cases/1/')).toBe(false);
    expect(answersOffline('/api/reports')).toBe(false);
  });
});
