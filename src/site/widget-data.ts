/**
 * The widget's feed for one language and audience, from the content collections: the JSON file
 * the widget reads and the iframe variant both render this, so they show the same lessons.
 */
import { getImage } from 'astro:assets';
import type { Audience } from '../lib/audiences';
import type { Lang } from '../lib/langs';
import { WIDGET_COVER_HEIGHT, WIDGET_COVER_WIDTH, buildWidgetFeed, type WidgetFeed } from '../lib/widget-feed';
import { buildTime, getAllLessons, getLessons, type Lesson } from './catalog';

/** A small WebP of the cover, through Astro's image pipeline (SVG covers are rasterized). */
async function thumbnail(lesson: Lesson) {
  const image = await getImage({ src: lesson.cover.src, width: WIDGET_COVER_WIDTH, height: WIDGET_COVER_HEIGHT, format: 'webp' });
  return { src: image.src, width: WIDGET_COVER_WIDTH, height: WIDGET_COVER_HEIGHT };
}

export async function widgetFeedFor(lang: Lang, audience: Audience, site: URL): Promise<WidgetFeed> {
  const webinars = (await getLessons('webinars', lang)).map((webinar) => ({
    ...webinar,
    startsAt: new Date(webinar.entry.data.startsAt),
    durationMinutes: webinar.entry.data.durationMinutes,
  }));
  return buildWidgetFeed<Lesson>({
    lang,
    audience,
    site,
    lessons: await getAllLessons(lang),
    webinars,
    now: buildTime,
    cover: thumbnail,
  });
}
