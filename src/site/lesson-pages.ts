/**
 * The static paths of one kind of lesson page, and what every lesson page shows. A path carries
 * the address only: pages render in worker threads (astro.config.mjs), which receive a path's
 * props as a serialized copy, and a lesson's cover (an image import) cannot be copied; Astro then
 * renders every such page on one thread. Each page finds its lesson in its worker's catalog
 * instead, which every worker reads once.
 */
import { findTranslation, relatedLessons, type LessonKind } from '../lib/lessons';
import { getAllLessons, getLessons, type Lesson } from './catalog';
import { assertCitedFacts } from './legal-facts';

export interface LessonPageProps<K extends LessonKind> {
  lesson: Lesson<K>;
  translation: Lesson | undefined;
  related: Lesson[];
}

export async function lessonStaticPaths<K extends LessonKind>(kind: K) {
  const lessons = await getLessons(kind);
  for (const lesson of lessons) await assertCitedFacts(lesson.entry.filePath ?? lesson.entry.id, lesson.entry.body ?? '');
  return lessons.map((lesson) => ({ params: { lang: lesson.lang, slug: lesson.slug } }));
}

/** The lesson of one of lessonStaticPaths' addresses, its translation and the lessons shown beside it. */
export async function lessonPage<K extends LessonKind>(kind: K, params: Record<string, string | undefined>): Promise<LessonPageProps<K>> {
  const [lessons, everything] = await Promise.all([getLessons(kind), getAllLessons()]);
  const lesson = lessons.find((candidate) => candidate.lang === params['lang'] && candidate.slug === params['slug']);
  if (!lesson) throw new Error(`No ${kind} lesson at ${params['lang']}/${params['slug']}`);
  return { lesson, translation: findTranslation(lessons, lesson), related: relatedLessons(everything, lesson) };
}
