/**
 * Every public page of the site with its kind and audiences: what `POST /api/hits` accepts as a
 * path (nothing else is counted) and how the reach page groups views. Built once from the data
 * files and the list of lessons made when the site was built (src/integrations/lesson-index.ts):
 * these pages are rendered on demand, and the lesson collections must stay out of the server.
 */
import lessonIndex from 'virtual:zanbala/lesson-index';
import { AUDIENCES } from '../lib/audiences';
import { LANGS, type Lang } from '../lib/langs';
import {
  audiencePath,
  casePath,
  embedPath,
  helpPath,
  homePath,
  lessonPath,
  postersPath,
  posterPath,
  safeRegionPath,
  schoolsPath,
  searchPath,
  topicPath,
  topicsPath,
  transparencyPath,
} from '../lib/paths';
import type { PageInfo } from '../lib/reach';
import { lessonStatus, passesSampleRule } from '../lib/lessons';
import { buildTime, previewDrafts, showSamples } from './build-time';
import { getRegions, getTopics } from './site-data';

/** The lessons of one language that have pages: the published ones (in a preview all of them), samples only where the build shows them. */
function lessonsWithPages(lang: Lang) {
  return lessonIndex.filter(
    (lesson) =>
      lesson.lang === lang &&
      passesSampleRule(lesson, showSamples) &&
      (previewDrafts || lessonStatus({ draft: lesson.draft, publishedAt: new Date(lesson.publishedAt) }, buildTime) === 'published'),
  );
}

let pages: Promise<Map<string, PageInfo>> | undefined;

async function collectPages(): Promise<Map<string, PageInfo>> {
  const map = new Map<string, PageInfo>();
  const add = (path: string, kind: PageInfo['kind'], audiences: readonly string[] = []) => map.set(path, { kind, audiences });
  const topics = await getTopics();
  const regions = await getRegions();
  for (const lang of LANGS) {
    add(homePath(lang), 'home');
    for (const audience of AUDIENCES) {
      add(audiencePath(lang, audience), 'audience', [audience]);
      add(embedPath(lang, audience), 'embed', [audience]);
    }
    for (const lesson of lessonsWithPages(lang)) add(lessonPath(lang, lesson.kind, lesson.slug), lesson.kind, lesson.audiences);
    add(topicsPath(lang), 'topics');
    for (const topic of topics) add(topicPath(lang, topic.id), 'topics');
    add(helpPath(lang), 'help');
    add(casePath(lang), 'case');
    add(searchPath(lang), 'search');
    add(schoolsPath(lang), 'schools');
    add(postersPath(lang), 'posters');
    add(transparencyPath(lang), 'transparency');
    add(safeRegionPath(lang), 'safe-region');
    for (const region of regions) {
      add(posterPath(lang, region.id), 'posters');
      add(safeRegionPath(lang, region.id), 'safe-region');
    }
  }
  return map;
}

/** The site's public pages by path, made on first use. */
export function publicPages(): Promise<Map<string, PageInfo>> {
  pages ??= collectPages().catch((error: unknown) => {
    pages = undefined;
    throw error;
  });
  return pages;
}

/** The region ids: a hit's region must be one of them. */
export async function regionIds(): Promise<string[]> {
  return (await getRegions()).map((region) => region.id);
}
