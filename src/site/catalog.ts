/**
 * The one bridge from Astro's lesson collections to the plain data that src/lib works on. Pages
 * ask here for lessons; rules about them live in src/lib. Only prerendered pages may import it:
 * `astro:content` in a page rendered on demand puts every lesson into the server bundle (a build
 * test fails). Data files and the build time come from src/site/site-data.ts and
 * src/site/build-time.ts, re-exported here for the prerendered pages.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isLang, type Lang } from '../lib/langs';
import { byNewest, forTopic, lessonStatus, parseEntryId, passesSampleRule, type LessonKind, type LessonStatus, type LessonSummary } from '../lib/lessons';
import { buildTime, previewDrafts, showSamples } from './build-time';
import { getTopics } from './site-data';

export { buildTime, previewDrafts, showSamples };
export { getEveryPageHelplines, getHelplines, getMciTable, getRegions, getTopics } from './site-data';

export type LessonEntry<K extends LessonKind = LessonKind> = CollectionEntry<K>;

/** A lesson as pages use it: the summary lib works on, plus the entry to render. */
export type Lesson<K extends LessonKind = LessonKind> = LessonSummary & {
  kind: K;
  entry: LessonEntry<K>;
  cover: LessonEntry<K>['data']['cover'];
  /** Only a preview (dev, PREVIEW_DRAFTS=1) has lessons that are not `published`; samples only there or with SHOW_SAMPLES=1. */
  status: LessonStatus;
};

function toLesson<K extends LessonKind>(kind: K, entry: LessonEntry<K>): Lesson<K> {
  const { lang, slug } = parseEntryId(entry.id);
  if (!isLang(lang)) {
    throw new Error(`${entry.filePath ?? entry.id}: lessons live in a kk or ru folder, not "${lang}"`);
  }
  const { data } = entry;
  return {
    kind,
    lang,
    slug,
    entry,
    title: data.title,
    summary: data.summary,
    audiences: data.audiences,
    topics: data.topics.map((topic) => topic.id),
    publishedAt: data.publishedAt,
    updatedAt: data.updatedAt,
    draft: data.draft,
    sample: data.sample,
    translationKey: data.translationKey,
    cover: data.cover,
    status: lessonStatus(data, buildTime),
  };
}

/** The shown lessons of each kind, newest first: read once per build (see lessonsOfKind). */
const shownLessons = new Map<LessonKind, Promise<Lesson[]>>();

/**
 * The lessons of one kind that the site shows, newest first. Each `getCollection` resolves the
 * cover of every entry again, and the pages of a build ask for the lessons thousands of times:
 * a build reads them once. `astro dev` reads them on every request, so an edit shows at once.
 */
function lessonsOfKind<K extends LessonKind>(kind: K): Promise<Lesson<K>[]> {
  const read = async () => {
    const entries = (await getCollection(kind)) as LessonEntry<K>[];
    return entries
      .map((entry) => toLesson(kind, entry))
      .filter((lesson) => (previewDrafts || lesson.status === 'published') && passesSampleRule(lesson, showSamples))
      .sort(byNewest);
  };
  if (import.meta.env.DEV) return read();
  let lessons = shownLessons.get(kind);
  if (!lessons) shownLessons.set(kind, (lessons = read()));
  return lessons as Promise<Lesson<K>[]>;
}

/** Published lessons of one kind (in a preview every lesson), newest first; all languages unless one is given. */
export async function getLessons<K extends LessonKind>(kind: K, lang?: Lang): Promise<Lesson<K>[]> {
  return (await lessonsOfKind(kind)).filter((lesson) => !lang || lesson.lang === lang);
}

let everyLesson: Promise<Lesson[]> | undefined;

/** Every published lesson of every kind, newest first. */
export async function getAllLessons(lang?: Lang): Promise<Lesson[]> {
  const read = async () => {
    const all = await Promise.all([lessonsOfKind('articles'), lessonsOfKind('videos'), lessonsOfKind('webinars')]);
    return (all.flat() as Lesson[]).sort(byNewest);
  };
  const lessons = import.meta.env.DEV ? read() : (everyLesson ??= read());
  return (await lessons).filter((lesson) => !lang || lesson.lang === lang);
}

/** The topics at least one of these lessons belongs to, in the topics' own order: a topic with no lesson is no choice. */
export async function getTopicsOf(lessons: LessonSummary[]) {
  return (await getTopics()).filter((topic) => lessons.some((lesson) => lesson.topics.includes(topic.id)));
}

/** The topics that have lessons in `lang`, each with how many, for the topics page. */
export async function getTopicCounts(lang: Lang) {
  const lessons = await getAllLessons(lang);
  return (await getTopicsOf(lessons)).map((topic) => ({ topic, lessons: forTopic(lessons, topic.id).length }));
}
