/**
 * An internal link must lead to a page the site builds (the URL contract of docs/design.md, built with
 * src/lib/paths.ts) and an anchor to a heading of the target lesson. Heading ids are made the way
 * the build makes them, with github-slugger.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { AUDIENCES } from '../audiences.ts';
import { LANGS } from '../langs.ts';
import * as paths from '../paths.ts';
import { finding, isLive, nodeLine } from './finding.ts';
import { linksToSample } from './samples.ts';
import type { Check, ContentSet, Finding, LessonDoc } from './types.ts';

/** Ids the lesson layout (LessonLayout.astro and the video page) adds besides the headings of the text. */
const EVERY_LESSON_IDS = ['legal-basis-title', 'help-box-title'];
const LAYOUT_IDS: Record<LessonDoc['kind'], string[]> = {
  articles: EVERY_LESSON_IDS,
  videos: [...EVERY_LESSON_IDS, 'transcript'],
  webinars: EVERY_LESSON_IDS,
};

/** Every page of the URL contract that is not a lesson. */
export function sitePages(topics: readonly string[], regions: readonly string[]): Set<string> {
  const pages = new Set<string>(['/', paths.sitemapPath, '/robots.txt']);
  for (const lang of LANGS) {
    pages.add(paths.homePath(lang)).add(paths.topicsPath(lang)).add(paths.helpPath(lang)).add(paths.casePath(lang));
    pages.add(paths.searchPath(lang)).add(paths.rssPath(lang)).add(paths.postersPath(lang)).add(paths.schoolsPath(lang));
    pages.add(paths.transparencyPath(lang)).add(paths.safeRegionPath(lang));
    for (const audience of AUDIENCES) {
      pages.add(paths.audiencePath(lang, audience)).add(paths.rssPath(lang, audience));
      pages.add(paths.feedPath(lang, audience)).add(paths.embedPath(lang, audience));
    }
    for (const topic of topics) pages.add(paths.topicPath(lang, topic));
    for (const region of regions) pages.add(paths.posterPath(lang, region)).add(paths.safeRegionPath(lang, region));
  }
  return pages;
}

/** The ids of a lesson's headings, in order, as the rendered page has them. */
export function headingIds(lesson: LessonDoc): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set(LAYOUT_IDS[lesson.kind]);
  visit(lesson.body, 'heading', (heading) => {
    ids.add(slugger.slug(toString(heading)));
  });
  return ids;
}

/** Links of a lesson that stay on the site, with their lines: Markdown links, definitions and JSX `<a href>`. */
function linksOf(lesson: LessonDoc): { url: string; line: number }[] {
  const links: { url: string; line: number }[] = [];
  visit(lesson.body, (node) => {
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, line: nodeLine(lesson, node) });
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a') {
      const href = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href');
      if (typeof href?.value === 'string') links.push({ url: href.value, line: nodeLine(lesson, node) });
    }
  });
  // Links with a scheme (https:, tel:, mailto:) or protocol-relative ones leave the site.
  return links.filter(({ url }) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//'));
}

function checkLesson(content: ContentSet, lesson: LessonDoc, pages: Set<string>, lessonsByPath: Map<string, LessonDoc>, now: Date): Finding[] {
  const findings: Finding[] = [];
  for (const { url, line } of linksOf(lesson)) {
    // A relative link (`help/`, `../x/`) depends on the page it sits on and breaks when pages move.
    if (!url.startsWith('/') && !url.startsWith('#')) {
      findings.push(finding(lesson, line, 'error', 'link-broken', { url }));
      continue;
    }
    const [beforeHash = '', anchor] = url.split('#', 2);
    const path = beforeHash.split('?')[0] ?? '';
    const target = path === '' ? lesson : lessonsByPath.get(path);
    const exists =
      target !== undefined ||
      pages.has(path) ||
      (path.startsWith('/media/') && existsSync(join(content.root, 'content', decodeURI(path)))) ||
      (!path.endsWith('/') && existsSync(join(content.root, 'public', decodeURI(path))));
    if (!exists) {
      findings.push(finding(lesson, line, 'error', 'link-broken', { url }));
      continue;
    }
    if (target && target !== lesson && isLive(lesson, now) && !isLive(target, now)) {
      findings.push(finding(lesson, line, 'error', 'link-unpublished', { url }));
    } else if (target && linksToSample(lesson, target, now)) {
      findings.push(finding(lesson, line, 'error', 'link-sample', { url }));
    }
    if (target && anchor && !headingIds(target).has(decodeURIComponent(anchor))) {
      findings.push(finding(lesson, line, 'error', 'anchor-broken', { url, anchor }));
    }
  }
  return findings;
}

export const checkLinks: Check = (content, now) => {
  const pages = sitePages(content.topics, content.regions);
  const lessonsByPath = new Map<string, LessonDoc>();
  for (const lesson of content.lessons) {
    lessonsByPath.set(paths.lessonPath(lesson.lang, lesson.kind, lesson.slug), lesson);
    if (lesson.kind === 'webinars') pages.add(paths.webinarIcsPath(lesson.lang, lesson.slug));
  }
  return content.lessons.flatMap((lesson) => checkLesson(content, lesson, pages, lessonsByPath, now));
};
