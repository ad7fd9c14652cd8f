import { describe, expect, it } from 'vitest';
import { sitePages } from '../../../../src/lib/content-check/links.ts';

describe('the pages a lesson may link to', () => {
  it('include every page of the site that is not a lesson, in both languages', () => {
    const pages = sitePages(['bullying'], ['astana']);
    for (const lang of ['kk', 'ru']) {
      for (const path of [
        '/',
        '/help/',
        '/help/case/',
        '/search/',
        '/topics/',
        '/topics/bullying/',
        '/posters/',
        '/posters/astana/',
        '/schools/',
        '/transparency/',
        '/11-14/',
      ]) {
        const page = path === '/' ? `/${lang}/` : `/${lang}${path}`;
        expect(pages.has(page), page).toBe(true);
      }
    }
  });
});
