/**
 * The one bridge from Astro's content collections to the plain data that src/lib works on.
 * Pages ask here for lessons and data; rules about them live in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isLang, type Lang } from '../lib/langs';
import { byNewest, lessonStatus, parseEntryId, showsUnpublished, type LessonKind, type LessonStatus, type LessonSummary } from '../lib/lessons';

export type LessonEntry<K extends LessonKind = LessonKind> = CollectionEntry<K>;

/** A lesson as pages use it: the summary lib works on, plus the entry to render. */
export type Lesson<K extends LessonKind = LessonKind> = LessonSummary & {
  kind: K;
  entry: LessonEntry<K>;
  cover: LessonEntry<K>['data']['cover'];
  /** Only a preview (dev, PREVIEW_DRAFTS=1) has lessons that are not `published`. */
  status: LessonStatus;
};

/** The moment the site is built: it decides what is published and which webinars are past. */
export const buildTime = new Date();

/**
 * Drafts, scheduled lessons and unconfirmed channels are shown only in a preview; see
 * showsUnpublished(). PREVIEW_DRAFTS is fixed at build time (astro.config.mjs), so pages rendered
 * per request by a production build never become a preview.
 */
export const previewDrafts = showsUnpublished({ DEV: import.meta.env.DEV, PREVIEW_DRAFTS: import.meta.env['PREVIEW_DRAFTS'] as string | undefined });

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
    translationKey: data.translationKey,
    cover: data.cover,
    status: lessonStatus(data, buildTime),
  };
}

/** Published lessons of one kind (in a preview every lesson), newest first; all languages unless one is given. */
export async function getLessons<K extends LessonKind>(kind: K, lang?: Lang): Promise<Lesson<K>[]> {
  const entries = (await getCollection(kind)) as LessonEntry<K>[];
  return entries
    .map((entry) => toLesson(kind, entry))
    .filter((lesson) => (previewDrafts || lesson.status === 'published') && (!lang || lesson.lang === lang))
    .sort(byNewest);
}

/** Every published lesson of every kind, newest first. */
export async function getAllLessons(lang?: Lang): Promise<Lesson[]> {
  const all = await Promise.all([getLessons('articles', lang), getLessons('videos', lang), getLessons('webinars', lang)]);
  return (all.flat() as Lesson[]).sort(byNewest);
}

export const getTopics = () => getCollection('topics');

/** The MCI table of content/data/mci.yaml, one row per year. */
export const getMciTable = async () =>
  (await getCollection('mci')).map((entry) => ({ year: Number(entry.id), tenge: entry.data.tenge }));
export const getRegions = () => getCollection('regions');

/** Helplines by their `order`, the most urgent first. */
export const getHelplines = async () =>
  (await getCollection('helplines')).sort((a, b) => a.data.order - b.data.order);

/** The numbers every page shows: 112, 102, 111. */
export const getEveryPageHelplines = async () =>
  (await getHelplines()).filter((helpline) => helpline.data.everyPage);
