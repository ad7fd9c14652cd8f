import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify } from '../../../src/lib/slug';

describe('a slug from a title', () => {
  it('transliterates Kazakh letters to plain Latin', () => {
    expect(slugify('Буллинг үшін айыппұл: заң не дейді')).toBe('bulling-ushin-aiyppul-zan-ne-deidi');
    expect(slugify('Әке-шешеңе айт, Қайрат!')).toBe('ake-sheshene-ait-qairat');
    expect(slugify('Өзіңді қорға: ұялма, үндеме, һәм іздеме')).toBe('ozindi-qorga-uialma-undeme-ham-izdeme');
  });

  it('transliterates Russian and keeps digits', () => {
    expect(slugify('Что делать, если тебя травят в чате?')).toBe('chto-delat-esli-tebia-traviat-v-chate');
    expect(slugify('Штраф за буллинг с 16 лет: щит и ёж')).toBe('shtraf-za-bulling-s-16-let-shchit-i-ezh');
  });

  it('is kebab-case, cut at a word boundary, and empty without letters', () => {
    const slug = slugify('Очень длинное название урока о правах ребёнка, которое никто не захочет набирать в адресной строке');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugify('«» — !')).toBe('');
  });
});
