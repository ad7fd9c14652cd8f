import type { Audience } from './audiences.ts';
import type { Lang } from './langs.ts';

/** The three kinds of content, named as their collections and URL segments. */
export const LESSON_KINDS = ['articles', 'videos', 'webinars'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

/** What lists, cards, feeds and the language switch need to know of a lesson. */
export interface LessonSummary {
  kind: LessonKind;
  lang: Lang;
  slug: string;
  title: string;
  summary: string;
  audiences: readonly Audience[];
  topics: readonly string[];
  publishedAt: Date;
  updatedAt?: Date | undefined;
  draft: boolean;
  /** Starting content with invented people or events: see showsSamples(). */
  sample: boolean;
  translationKey: string;
}

/** Splits a content entry id such as `kk/bullying-what-it-is` into its language and slug. */
export function parseEntryId(id: string): { lang: string; slug: string } {
  const slash = id.indexOf('/');
  if (slash < 1 || slash === id.length - 1) {
    throw new Error(`Lesson "${id}" must sit in a language folder, e.g. content/articles/kk/${id}.mdx`);
  }
  return { lang: id.slice(0, slash), slug: id.slice(slash + 1) };
}

const MIDNIGHT_UTC = /T00:00:00\.000Z$/;

/**
 * The moment a lesson goes live. `publishedAt: 2026-12-07` is a day in Almaty, where the readers
 * are: YAML reads it as midnight UTC, five hours after that day has begun there, so a lesson
 * dated today would stay scheduled until 05:00. A date with a time (`2026-12-07T10:00:00+05:00`)
 * goes live at that moment.
 */
export function goesLiveAt(publishedAt: Date): Date {
  const iso = publishedAt.toISOString();
  return MIDNIGHT_UTC.test(iso) ? new Date(`${iso.slice(0, 10)}T00:00:00+05:00`) : publishedAt;
}

/** A lesson is public once it is not a draft and its publication day has come in Almaty. */
export function isPublished(lesson: Pick<LessonSummary, 'draft' | 'publishedAt'>, now: Date): boolean {
  return !lesson.draft && goesLiveAt(lesson.publishedAt).getTime() <= now.getTime();
}

export type LessonStatus = 'published' | 'draft' | 'scheduled';

/** Why a lesson is or is not public: a draft, scheduled for a later date, or published. */
export function lessonStatus(lesson: Pick<LessonSummary, 'draft' | 'publishedAt'>, now: Date): LessonStatus {
  if (lesson.draft) return 'draft';
  return isPublished(lesson, now) ? 'published' : 'scheduled';
}

/**
 * Whether a preview shows unpublished lessons: `npm run dev` always does, a build only with
 * PREVIEW_DRAFTS=1, so editors can see a draft as it will look without publishing it.
 */
export function showsUnpublished(env: { DEV?: boolean | undefined; PREVIEW_DRAFTS?: string | undefined }): boolean {
  return env.DEV === true || env.PREVIEW_DRAFTS === '1' || env.PREVIEW_DRAFTS === 'true';
}

/**
 * Whether a build shows sample content (`sample: true`): `npm run dev` and a PREVIEW_DRAFTS=1
 * build always do, a production build only with SHOW_SAMPLES=1, so that a prosecutor's site
 * never presents invented speakers or events as real.
 */
export function showsSamples(env: { DEV?: boolean | undefined; PREVIEW_DRAFTS?: string | undefined; SHOW_SAMPLES?: string | undefined }): boolean {
  return showsUnpublished(env) || env.SHOW_SAMPLES === '1' || env.SHOW_SAMPLES === 'true';
}

/** Whether a build that shows samples or not (`samples`) has a page for this lesson: the one rule for pages, feeds and the server's list. */
export function passesSampleRule(lesson: { sample?: boolean | undefined }, samples: boolean): boolean {
  return samples || lesson.sample !== true;
}

/** Newest first; ties keep a stable order by slug so builds are reproducible. */
export function byNewest(a: LessonSummary, b: LessonSummary): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug);
}

export function forAudience<T extends LessonSummary>(lessons: readonly T[], audience: Audience): T[] {
  return lessons.filter((lesson) => lesson.audiences.includes(audience));
}

export function forTopic<T extends LessonSummary>(lessons: readonly T[], topic: string): T[] {
  return lessons.filter((lesson) => lesson.topics.includes(topic));
}

/** The same lesson in the other language, if it has been translated. */
export function findTranslation<T extends LessonSummary>(lessons: readonly T[], lesson: LessonSummary): T | undefined {
  return lessons.find((other) => other.kind === lesson.kind && other.lang !== lesson.lang && other.translationKey === lesson.translationKey);
}

/** Lessons sharing a topic and an audience with this one, closest first. */
export function relatedLessons<T extends LessonSummary>(lessons: readonly T[], lesson: LessonSummary, limit = 3): T[] {
  const score = (other: LessonSummary) =>
    other.topics.filter((topic) => lesson.topics.includes(topic)).length * 2 + other.audiences.filter((audience) => lesson.audiences.includes(audience)).length;
  return lessons
    .filter((other) => other.lang === lesson.lang && !(other.kind === lesson.kind && other.slug === lesson.slug))
    .map((other) => ({ other, score: score(other) }))
    .filter(({ score: value }) => value >= 3)
    .sort((a, b) => b.score - a.score || byNewest(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}
