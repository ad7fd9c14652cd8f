import { describe, expect, it } from 'vitest';
import { PRIVATE_PATHS, inSitemap, isPrivatePath, robotsTxt } from '../../../src/lib/robots';

describe('private paths', () => {
  it('cover the admin, the API, the case pages and the pages of a code just sent, in both languages', () => {
    expect(PRIVATE_PATHS).toEqual(['/admin/', '/api/', '/kk/help/case/', '/kk/help/sent/', '/ru/help/case/', '/ru/help/sent/']);
  });

  it('match paths and full URLs below them, with or without the trailing slash', () => {
    expect(isPrivatePath('/admin')).toBe(true);
    expect(isPrivatePath('/api/reports')).toBe(true);
    expect(isPrivatePath('https://zanbala.example/ru/help/case/')).toBe(true);
    expect(isPrivatePath('/kk/help/')).toBe(false);
    expect(isPrivatePath('/kk/articles/api-keys/')).toBe(false);
    expect(isPrivatePath('/administration/')).toBe(false);
  });
});

describe('the sitemap', () => {
  it('lists public pages, but not private ones nor the redirecting root', () => {
    expect(inSitemap('https://zanbala.example/kk/help/')).toBe(true);
    expect(inSitemap('https://zanbala.example/kk/help/case/')).toBe(false);
    expect(inSitemap('https://zanbala.example/')).toBe(false);
  });

  it('leaves out the iframe variant of the widget, which repeats the audience pages', () => {
    expect(inSitemap('https://zanbala.example/embed/kk/11-14/')).toBe(false);
    expect(inSitemap('https://zanbala.example/kk/schools/')).toBe(true);
  });

  it('leaves out the offline pages, shown only when the network fails', () => {
    expect(inSitemap('https://zanbala.example/kk/offline/')).toBe(false);
    expect(inSitemap('https://zanbala.example/ru/offline/')).toBe(false);
  });
});

describe('robots.txt', () => {
  it('disallows each private path and names the sitemap absolutely', () => {
    expect(robotsTxt('https://zanbala.example/sitemap-index.xml')).toBe(
      [
        'User-agent: *',
        'Disallow: /admin/',
        'Disallow: /api/',
        'Disallow: /kk/help/case/',
        'Disallow: /kk/help/sent/',
        'Disallow: /ru/help/case/',
        'Disallow: /ru/help/sent/',
        '',
        'Sitemap: https://zanbala.example/sitemap-index.xml',
        '',
      ].join('\n'),
    );
  });
});
