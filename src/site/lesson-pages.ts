/** Builds the static paths of one kind of lesson page, with what every lesson page shows. */
import { findTranslation, relatedLessons, type LessonKind } from '../lib/lessons';
import { getAllLessons, getLessons, type Lesson } from './catalog';
import { assertCitedFacts } from './legal-facts';

export interface LessonPageProps<K extends LessonKind> {
  lesson: Lesson<K>;
  translation: Lesson | undefined;
  related: Lesson[];
}

export async function lessonStaticPaths<K extends LessonKind>(kind: K) {
  const [lessons, everything] = await Promise.all([getLessons(kind), getAllLessons()]);
  for (const lesson of lessons) await assertCitedFacts(lesson.entry.filePath ?? lesson.entry.id, lesson.entry.body ?? '');
  return lessons.map((lesson) => ({
    params: { lang: lesson.lang, slug: lesson.slug },
    props: {
      lesson,
      translation: findTranslation(lessons, lesson),
      related: relatedLessons(everything, lesson),
    } satisfies LessonPageProps<K>,
  }));
}
