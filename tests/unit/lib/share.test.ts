import { describe, expect, it } from 'vitest';
import { shareTags, type SharedPage } from '../../../src/lib/share';

const page: SharedPage = {
  lang: 'kk',
  siteName: 'Zanbala',
  title: 'Алаяқтардан сақтан',
  description: 'Алаяқтар не сұрайды.',
  url: 'https://zanbala.example/kk/articles/fraud/',
  type: 'article',
  image: { url: 'https://zanbala.example/_astro/cover.jpg', alt: 'Телефон', width: 1200, height: 630, type: 'image/jpeg' },
  publishedAt: new Date('2026-03-01T00:00:00Z'),
  translated: true,
};

const asObject = (tags: ReturnType<typeof shareTags>) =>
  Object.fromEntries(
    tags
      .filter((tag) => !('property' in tag) || tag.property !== 'og:locale:alternate')
      .map((tag) => ['property' in tag ? tag.property : tag.name, tag.content]),
  );

describe('share tags', () => {
  it('give a lesson its title, summary, absolute cover and dates', () => {
    expect(asObject(shareTags(page))).toEqual({
      'og:type': 'article',
      'og:site_name': 'Zanbala',
      'og:title': 'Алаяқтардан сақтан',
      'og:description': 'Алаяқтар не сұрайды.',
      'og:url': 'https://zanbala.example/kk/articles/fraud/',
      'og:locale': 'kk_KZ',
      'og:image': 'https://zanbala.example/_astro/cover.jpg',
      'og:image:type': 'image/jpeg',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': 'Телефон',
      'article:published_time': '2026-03-01T00:00:00.000Z',
      'twitter:card': 'summary_large_image',
      'twitter:title': 'Алаяқтардан сақтан',
      'twitter:description': 'Алаяқтар не сұрайды.',
      'twitter:image': 'https://zanbala.example/_astro/cover.jpg',
      'twitter:image:alt': 'Телефон',
    });
  });

  it('name the other language as an alternate locale only when the page is translated', () => {
    expect(shareTags(page)).toContainEqual({ property: 'og:locale:alternate', content: 'ru_RU' });
    expect(shareTags({ ...page, lang: 'ru' })).toContainEqual({ property: 'og:locale', content: 'ru_RU' });
    expect(shareTags({ ...page, translated: false }).some((tag) => 'property' in tag && tag.property === 'og:locale:alternate')).toBe(false);
  });

  it('fall back to a small card without a picture', () => {
    const tags = asObject(shareTags({ ...page, type: 'website', image: undefined }));
    expect(tags['twitter:card']).toBe('summary');
    expect(tags['og:image']).toBeUndefined();
    expect(tags['article:published_time']).toBeUndefined();
  });
});
