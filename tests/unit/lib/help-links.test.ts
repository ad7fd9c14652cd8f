import { describe, expect, it } from 'vitest';
import { helpHrefForTier, withHelpTier } from '../../../src/lib/help-links';

describe('a help link in a lesson for an age', () => {
  it('opens the help page in words for that age, keeping the region and the anchor', () => {
    expect(helpHrefForTier('/ru/help/', '7-10')).toBe('/ru/help/?tier=7-10');
    expect(helpHrefForTier('/kk/help/#report-form', '11-14')).toBe('/kk/help/?tier=11-14#report-form');
    expect(helpHrefForTier('/kk/help/?region=astana', '7-10')).toBe('/kk/help/?region=astana&tier=7-10');
  });

  it('keeps a tier the editor chose, and leaves every other link alone', () => {
    expect(helpHrefForTier('/ru/help/?tier=15-18', '7-10')).toBe('/ru/help/?tier=15-18');
    for (const href of ['/ru/help/case/', '/ru/articles/help/', 'tel:112', 'https://example.kz/ru/help/']) expect(helpHrefForTier(href, '7-10')).toBe(href);
  });

  it('is rewritten in the rendered text, with the ampersand escaped', () => {
    const html = '<p>Звони <a href="tel:112">112</a> или открой <a class="x" href="/ru/help/?region=astana">страницу помощи</a>.</p>';
    expect(withHelpTier(html, '7-10')).toBe(
      '<p>Звони <a href="tel:112">112</a> или открой <a class="x" href="/ru/help/?region=astana&amp;tier=7-10">страницу помощи</a>.</p>',
    );
  });
});
