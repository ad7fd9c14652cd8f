import { describe, expect, it } from 'vitest';
import { byNewest, findTranslation, forAudience, forTopic, isPublished, parseEntryId, relatedLessons, type LessonSummary } from '../../../src/lib/lessons';

function lesson(overrides: Partial<LessonSummary>): LessonSummary {
  return {
    kind: 'articles',
    lang: 'kk',
    slug: 'bullying-what-it-is',
    title: 'Буллинг деген не?',
    summary: 'Буллинг туралы қысқаша.',
    audiences: ['7-10'],
    topics: ['bullying'],
    publishedAt: new Date('2026-09-15'),
    draft: false,
    sample: false,
    translationKey: 'bullying-what-it-is',
    ...overrides,
  };
}

describe('entry ids', () => {
  it('split into the language folder and the slug', () => {
    expect(parseEntryId('kk/bullying-what-it-is')).toEqual({ lang: 'kk', slug: 'bullying-what-it-is' });
  });

  it('outside a language folder fail with a hint where the file belongs', () => {
    expect(() => parseEntryId('bullying')).toThrow(/content\/articles\/kk\/bullying\.mdx/);
  });
});

describe('publication', () => {
  const now = new Date('2026-11-25T00:00:00Z');

  it('keeps drafts and lessons dated in the future out', () => {
    expect(isPublished(lesson({}), now)).toBe(true);
    expect(isPublished(lesson({ draft: true }), now)).toBe(false);
    expect(isPublished(lesson({ publishedAt: new Date('2026-12-01') }), now)).toBe(false);
  });

  it('puts a lesson dated today live at midnight in Almaty, not at 05:00', () => {
    const dated = lesson({ publishedAt: new Date('2026-12-08') });
    // 00:30 on 8 December in Almaty is still 7 December in UTC.
    expect(isPublished(dated, new Date('2026-12-07T19:30:00Z'))).toBe(true);
    expect(isPublished(dated, new Date('2026-12-07T18:59:00Z'))).toBe(false);
  });

  it('puts a lesson with an hour live at that hour', () => {
    const timed = lesson({ publishedAt: new Date('2026-12-08T10:00:00+05:00') });
    expect(isPublished(timed, new Date('2026-12-08T04:59:00Z'))).toBe(false);
    expect(isPublished(timed, new Date('2026-12-08T05:00:00Z'))).toBe(true);
  });
});

describe('lists of lessons', () => {
  const older = lesson({ slug: 'b', publishedAt: new Date('2026-09-01') });
  const newer = lesson({ slug: 'a', publishedAt: new Date('2026-10-01'), audiences: ['parents'], topics: ['parents-duties'] });
  const sameDay = lesson({ slug: 'c', publishedAt: new Date('2026-10-01') });

  it('put the newest first and order same-day lessons by slug', () => {
    expect([older, sameDay, newer].sort(byNewest).map((item) => item.slug)).toEqual(['a', 'c', 'b']);
  });

  it('filter by audience and by topic', () => {
    expect(forAudience([older, newer], 'parents')).toEqual([newer]);
    expect(forTopic([older, newer], 'bullying')).toEqual([older]);
  });
});

describe('translation pairing', () => {
  const kk = lesson({});
  const ru = lesson({ lang: 'ru', title: 'Что такое буллинг?' });
  const ruVideo = lesson({ lang: 'ru', kind: 'videos' });

  it('finds the same lesson in the other language by its translation key', () => {
    expect(findTranslation([kk, ru, ruVideo], kk)).toBe(ru);
    expect(findTranslation([kk, ru, ruVideo], ru)).toBe(kk);
  });

  it('never pairs across kinds or with a different key', () => {
    expect(findTranslation([kk, ruVideo], kk)).toBeUndefined();
    expect(findTranslation([kk, lesson({ lang: 'ru', translationKey: 'other' })], kk)).toBeUndefined();
  });
});

describe('related lessons', () => {
  const current = lesson({ slug: 'current', topics: ['bullying', 'cyberbullying'], audiences: ['11-14'] });
  const close = lesson({ slug: 'close', topics: ['bullying', 'cyberbullying'], audiences: ['11-14'] });
  const near = lesson({ slug: 'near', topics: ['bullying'], audiences: ['11-14'] });
  const unrelated = lesson({ slug: 'unrelated', topics: ['safe-region'], audiences: ['parents'] });
  const otherLang = lesson({ slug: 'close-ru', lang: 'ru', topics: ['bullying', 'cyberbullying'], audiences: ['11-14'] });

  it('come from the same language, closest first, without the lesson itself', () => {
    expect(relatedLessons([current, near, unrelated, close, otherLang], current).map((item) => item.slug)).toEqual(['close', 'near']);
  });
});
