/** Every URL of the site is built here, so the URL contract of DESIGN.md lives in one file. */
import type { Audience } from './audiences';
import type { Lang } from './langs';
import type { LessonKind } from './lessons';

export const homePath = (lang: Lang) => `/${lang}/`;
export const audiencePath = (lang: Lang, audience: Audience) => `/${lang}/${audience}/`;
export const lessonPath = (lang: Lang, kind: LessonKind, slug: string) => `/${lang}/${kind}/${slug}/`;
export const topicPath = (lang: Lang, topic: string) => `/${lang}/topics/${topic}/`;
export const topicsPath = (lang: Lang) => `/${lang}/topics/`;
export const helpPath = (lang: Lang) => `/${lang}/help/`;
/** The calendar file of a webinar, next to its page. */
export const webinarIcsPath = (lang: Lang, slug: string) => `/${lang}/webinars/${slug}.ics`;

/** An absolute URL on the site's public origin. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
