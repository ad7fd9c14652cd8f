/**
 * The one query layer behind every feed of lessons: RSS per language and per audience now, the
 * widget's JSON feed when it comes. A feed is a plain object; each endpoint writes it in its format.
 */
import type { Audience } from './audiences.ts';
import type { Lang } from './langs.ts';
import { byNewest, forAudience, type LessonKind, type LessonSummary } from './lessons.ts';
import { absoluteUrl, audiencePath, homePath, lessonPath, rssPath } from './paths.ts';

/** Which lessons a feed carries. */
export interface FeedQuery {
  lang: Lang;
  /** Only lessons written for this audience; every audience when absent. */
  audience?: Audience | undefined;
  /** At most this many, newest first. */
  limit?: number | undefined;
}

/** Feed readers show about this many; older lessons stay on the site. */
export const FEED_LIMIT = 50;

/** Names of kinds, audiences and topics in the feed's language, for item categories. */
export interface FeedLabels {
  kind: (kind: LessonKind) => string;
  audience: (audience: Audience) => string;
  topic: (topic: string) => string;
}

export interface FeedItem {
  title: string;
  summary: string;
  /** Absolute URL of the lesson page; also its permanent id. */
  url: string;
  publishedAt: Date;
  updatedAt: Date | undefined;
  kind: LessonKind;
  audiences: readonly Audience[];
  topics: readonly string[];
  /** Kind, audiences and topics by name. */
  categories: string[];
}

export interface Feed {
  title: string;
  description: string;
  lang: Lang;
  /** Absolute URL of the page the feed mirrors: the home or the audience page. */
  homeUrl: string;
  /** Absolute URL of the RSS file itself. */
  rssUrl: string;
  items: FeedItem[];
}

/** The lessons a query selects: one language, optionally one audience, newest first. */
export function selectLessons<T extends LessonSummary>(lessons: readonly T[], query: FeedQuery): T[] {
  const inLang = lessons.filter((lesson) => lesson.lang === query.lang);
  const chosen = query.audience ? forAudience(inLang, query.audience) : inLang;
  return [...chosen].sort(byNewest).slice(0, query.limit ?? FEED_LIMIT);
}

export function feedItem(lesson: LessonSummary, site: URL | string, labels: FeedLabels): FeedItem {
  return {
    title: lesson.title,
    summary: lesson.summary,
    url: absoluteUrl(lessonPath(lesson.lang, lesson.kind, lesson.slug), site),
    publishedAt: lesson.publishedAt,
    updatedAt: lesson.updatedAt,
    kind: lesson.kind,
    audiences: lesson.audiences,
    topics: lesson.topics,
    categories: [labels.kind(lesson.kind), ...lesson.audiences.map(labels.audience), ...lesson.topics.map(labels.topic)],
  };
}

/** A whole feed: its own and its page's absolute URLs, and the selected lessons as items. */
export function buildFeed(
  lessons: readonly LessonSummary[],
  query: FeedQuery,
  context: { site: URL | string; title: string; description: string; labels: FeedLabels },
): Feed {
  const { lang, audience } = query;
  return {
    title: context.title,
    description: context.description,
    lang,
    homeUrl: absoluteUrl(audience ? audiencePath(lang, audience) : homePath(lang), context.site),
    rssUrl: absoluteUrl(rssPath(lang, audience), context.site),
    items: selectLessons(lessons, query).map((lesson) => feedItem(lesson, context.site, context.labels)),
  };
}
