/**
 * What a lesson page tells machines about itself: the picture messengers show when it is shared,
 * and its structured data. Gathers the values from the content entry; src/lib shapes them.
 */
import { getImage } from 'astro:assets';
import { useTranslations } from '../i18n';
import { durationSeconds } from '../lib/durations';
import { LANG_TAGS, isLang } from '../lib/langs';
import { parseEntryId } from '../lib/lessons';
import { mediaUrl } from '../lib/media';
import { absoluteUrl, homePath, lessonPath } from '../lib/paths';
import { mdxPlainText } from '../lib/plain-text';
import { splitTranscriptMdx } from '../lib/transcript';
import type { ShareImage } from '../lib/share';
import { articleNode, breadcrumbNode, eventNode, jsonLdGraph, videoNode, type LessonFacts } from '../lib/structured-data';
import { externalVideo } from '../lib/video';
import { getTopics, type Lesson } from './catalog';

/** Open Graph and Twitter want 1.91:1 for a large preview, ideally 1200 px wide. */
const SHARE_MAX_WIDTH = 1200;
const SHARE_RATIO = 1.91;

/**
 * The cover cut to 1.91:1 as JPEG, which every messenger shows (SVG and WebP are not safe bets).
 * Never wider than the cover, since Astro does not enlarge images.
 */
export async function shareImage(lesson: Lesson, site: URL): Promise<ShareImage> {
  const { src, alt } = lesson.cover;
  const width = Math.min(SHARE_MAX_WIDTH, src.width);
  const height = Math.round(width / SHARE_RATIO);
  const image = await getImage({ src, width, height, fit: 'cover', format: 'jpg' });
  return { url: absoluteUrl(image.src, site), alt, width, height, type: 'image/jpeg' };
}

/** The schema.org node of the lesson itself: Article, VideoObject or Event. */
async function lessonNode(lesson: Lesson, facts: LessonFacts, site: URL) {
  const absolute = (path: string) => absoluteUrl(path, site);
  if (lesson.kind === 'videos') {
    const { data, body = '' } = (lesson as Lesson<'videos'>).entry;
    const source = 'file' in data.source ? { contentUrl: absolute(mediaUrl(data.source.file)) } : undefined;
    const player = 'url' in data.source ? externalVideo(data.source.url).embedUrl : undefined;
    return videoNode({
      ...facts,
      durationSeconds: durationSeconds(data.duration),
      ...source,
      ...(player ? { embedUrl: player.replace(/[?&]autoplay=1/, '') } : {}),
      transcript: mdxPlainText(splitTranscriptMdx(body, useTranslations(lesson.lang)('video.more')).transcript),
      captions: data.captions.map((track) => ({ langTag: LANG_TAGS[track.lang], url: absolute(mediaUrl(track.file)) })),
    });
  }
  if (lesson.kind === 'webinars') {
    const { data } = (lesson as Lesson<'webinars'>).entry;
    const recording = data.recording ? parseEntryId(data.recording.id) : undefined;
    return eventNode({
      ...facts,
      startsAt: data.startsAt,
      durationMinutes: data.durationMinutes,
      joinUrl: data.join,
      registrationUrl: data.registration,
      speakers: data.speakers,
      recordingUrl: recording && isLang(recording.lang) ? absolute(lessonPath(recording.lang, 'videos', recording.slug)) : undefined,
    });
  }
  return articleNode(facts);
}

/** The lesson's JSON-LD: its own node and its breadcrumbs. */
export async function lessonStructuredData(lesson: Lesson, crumbs: readonly { label: string; href: string }[], image: ShareImage, site: URL) {
  const t = useTranslations(lesson.lang);
  const home = absoluteUrl(homePath(lesson.lang), site);
  const topicNames = new Map((await getTopics()).map((topic) => [topic.id, topic.data.title[lesson.lang]]));
  const facts: LessonFacts = {
    url: absoluteUrl(lessonPath(lesson.lang, lesson.kind, lesson.slug), site),
    title: lesson.title,
    summary: lesson.summary,
    langTag: LANG_TAGS[lesson.lang],
    image: image.url,
    publishedAt: lesson.publishedAt,
    updatedAt: lesson.updatedAt,
    audiences: lesson.audiences,
    topics: lesson.topics.map((id) => topicNames.get(id) ?? id),
    publisher: { name: t('site.name'), url: home },
    author: { name: t('site.owner'), url: home },
  };
  return jsonLdGraph([
    await lessonNode(lesson, facts, site),
    breadcrumbNode(crumbs.map((crumb) => ({ name: crumb.label, url: absoluteUrl(crumb.href, site) }))),
  ]);
}
