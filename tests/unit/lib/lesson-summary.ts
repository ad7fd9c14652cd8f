/** A published Kazakh article for 11–14 with every field filled, for tests that pick lessons. */
import type { LessonSummary } from '../../../src/lib/lessons';

export const aLesson = (slug: string, overrides: Partial<LessonSummary> = {}): LessonSummary => ({
  kind: 'articles',
  lang: 'kk',
  slug,
  title: `Title ${slug}`,
  summary: `Summary of ${slug}`,
  audiences: ['11-14'],
  topics: ['bullying'],
  publishedAt: new Date('2026-03-01T00:00:00Z'),
  draft: false,
  sample: false,
  translationKey: slug,
  ...overrides,
});
