/**
 * The widget's JSON feed, `/feeds/{lang}/{audience}.json`: the newest lessons of one audience in
 * one language and the next webinar. `<zanbala-widget>` reads it, and so may any school or
 * e-diary that builds its own view. The schema below is the published contract: a change that
 * breaks a reader bumps `version` (docs/embedding.md).
 */
import { z } from 'zod';
import { AUDIENCES, type Audience } from './audiences.ts';
import { selectLessons } from './feeds.ts';
import { LANGS, type Lang } from './langs.ts';
import { LESSON_KINDS, forAudience, type LessonSummary } from './lessons.ts';
import { absoluteUrl, audiencePath, lessonPath } from './paths.ts';
import { nextWebinar } from './webinars.ts';
import { WIDGET_FEED_LIMIT, WIDGET_FEED_VERSION } from './widget-options.ts';

export { WIDGET_FEED_LIMIT, WIDGET_FEED_VERSION };

/** Covers are thumbnails beside a title: this wide, 16:9, on our origin. */
export const WIDGET_COVER_WIDTH = 160;
export const WIDGET_COVER_HEIGHT = 90;

const cover = z
  .object({
    /** Absolute URL of a small image on the site's own origin. */
    url: z.url(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  })
  .meta({ description: 'A thumbnail of the lesson cover; decorative, the title says what the lesson is' });

const widgetLesson = z.object({
  /** `articles`, `videos` or `webinars`. */
  kind: z.enum(LESSON_KINDS),
  title: z.string().min(1),
  /** Absolute URL of the lesson page. */
  url: z.url(),
  /** First publication, ISO 8601 in UTC. */
  publishedAt: z.iso.datetime(),
  cover,
});

export const widgetFeedSchema = z
  .object({
    /** 1 for this shape; a reader should ignore feeds of a version it does not know. */
    version: z.literal(WIDGET_FEED_VERSION),
    lang: z.enum(LANGS),
    audience: z.enum(AUDIENCES),
    /** Absolute URL of the audience page, where all its lessons are. */
    homeUrl: z.url(),
    /** Newest first, at most WIDGET_FEED_LIMIT. */
    lessons: z.array(widgetLesson).max(WIDGET_FEED_LIMIT),
    /** The webinar for this audience that starts soonest and has not ended, or null. */
    nextWebinar: widgetLesson
      .extend({
        /** Start, ISO 8601 in UTC; show it in Asia/Almaty. */
        startsAt: z.iso.datetime(),
        durationMinutes: z.number().int().positive(),
      })
      .nullable(),
  })
  .meta({ title: 'Zanbala widget feed', description: 'The newest lessons of one audience in one language' });

export type WidgetFeed = z.infer<typeof widgetFeedSchema>;
export type WidgetCover = WidgetFeed['lessons'][number]['cover'];

/** A webinar as the feed needs it: a lesson with its schedule. */
export type ScheduledLesson = LessonSummary & { startsAt: Date; durationMinutes: number };

export interface WidgetFeedInput<T extends LessonSummary> {
  lang: Lang;
  audience: Audience;
  /** The site's public origin, for absolute URLs. */
  site: URL | string;
  /** Published lessons; the feed layer (src/lib/feeds.ts) picks the language, audience and newest. */
  lessons: readonly T[];
  /** Published webinars with their schedule; the feed names the next one for the audience. */
  webinars: readonly (T & ScheduledLesson)[];
  /** The build time: it decides which webinars have ended. */
  now: Date;
  /** The thumbnail of a lesson's cover (Astro's image pipeline at build time). */
  cover: (lesson: T) => Promise<{ src: string; width: number; height: number }>;
}

/** Builds one feed and checks it against the published schema, so a build cannot ship another shape. */
export async function buildWidgetFeed<T extends LessonSummary>(input: WidgetFeedInput<T>): Promise<WidgetFeed> {
  const { lang, audience, site } = input;
  const item = async (lesson: T) => {
    const image = await input.cover(lesson);
    return {
      kind: lesson.kind,
      title: lesson.title,
      url: absoluteUrl(lessonPath(lesson.lang, lesson.kind, lesson.slug), site),
      publishedAt: lesson.publishedAt.toISOString(),
      cover: { url: absoluteUrl(image.src, site), width: image.width, height: image.height },
    };
  };
  const chosen = selectLessons(input.lessons, { lang, audience, limit: WIDGET_FEED_LIMIT });
  const webinar = nextWebinar(
    forAudience(input.webinars, audience).filter((w) => w.lang === lang),
    input.now,
    (w) => w,
  );
  return widgetFeedSchema.parse({
    version: WIDGET_FEED_VERSION,
    lang,
    audience,
    homeUrl: absoluteUrl(audiencePath(lang, audience), site),
    lessons: await Promise.all(chosen.map(item)),
    nextWebinar: webinar ? { ...(await item(webinar)), startsAt: webinar.startsAt.toISOString(), durationMinutes: webinar.durationMinutes } : null,
  });
}
