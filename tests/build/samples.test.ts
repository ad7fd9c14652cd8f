/**
 * Sample content (`sample: true`: the webinars with invented speakers and dates, the example
 * messenger channels) never reaches a production build: no page, feed, sitemap entry, search
 * result, widget feed item, poster or address the server counts views of. SHOW_SAMPLES=1 brings it
 * back, for a demonstration site. Two builds of a copy of the project.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { astroBuild } from '../../scripts/lib/build.mjs';
import { readBuildInfo } from '../../scripts/lib/builds.mjs';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { lessonPath } from '../../src/lib/paths.ts';
import { copyProject } from '../support/project-copy';

const root = fileURLToPath(new URL('../..', import.meta.url));
const quietEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };

const lessons = loadContent(root).lessons;
const samples = lessons.filter((lesson) => lesson.data['sample'] === true);
const samplePaths = samples.map((lesson) => lessonPath(lesson.lang, lesson.kind, lesson.slug));
/** The invented speakers' names: they must appear nowhere a visitor can reach. */
const speakers = [
  ...new Set(
    samples.flatMap((lesson) => (Array.isArray(lesson.data['speakers']) ? (lesson.data['speakers'] as { name: string }[]).map((speaker) => speaker.name) : [])),
  ),
];
const sampleChannels = (parse(readFileSync(join(root, 'content/data/channels.yaml'), 'utf8')) as { url: string; sample?: boolean }[]).filter(
  (channel) => channel.sample === true,
);

/** Every text file the static site serves, pages, feeds, sitemap and widget data, gzip search fragments unpacked. */
function servedTexts(folder: string): { file: string; text: string }[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return servedTexts(path);
    if (/\.(html|json|js|xml|txt|ics)$/.test(name)) return [{ file: path, text: readFileSync(path, 'utf8') }];
    if (path.includes(`${join('pagefind', 'fragment')}`)) return [{ file: path, text: gunzipSync(readFileSync(path)).toString('utf8') }];
    return [];
  });
}

const page = (copy: string, path: string) => join(copy, 'dist', 'client', path, 'index.html');
const publicPaths = (copy: string) => (JSON.parse(readFileSync(join(copy, 'dist', 'site-data.json'), 'utf8')) as { publicPaths: string[] }).publicPaths;

describe('sample content', () => {
  let copy: string;
  let production: { ok: boolean; output: string };

  beforeAll(() => {
    copy = copyProject(root, 'zanbala-samples-');
    production = astroBuild(copy, { quiet: true, env: { ...quietEnv, SHOW_SAMPLES: '', PREVIEW_DRAFTS: '' } });
  });

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('is in the shipped content: the webinars with invented speakers, and channels that reach nobody', () => {
    expect(samples.filter((lesson) => lesson.kind === 'webinars')).toHaveLength(lessons.filter((lesson) => lesson.kind === 'webinars').length);
    expect(speakers.length).toBeGreaterThan(0);
    expect(sampleChannels.length).toBeGreaterThan(0);
  });

  it('stays out of a production build: no page, feed, sitemap entry, search result, widget item, speaker or channel', () => {
    expect(production.ok, production.output.slice(-3000)).toBe(true);
    expect(readBuildInfo(join(copy, 'dist'))?.showSamples).toBe(false);
    for (const path of samplePaths) expect(existsSync(page(copy, path)), path).toBe(false);
    const texts = servedTexts(join(copy, 'dist', 'client'));
    expect(texts.some(({ file }) => file.endsWith('rss.xml')) && texts.some(({ file }) => file.includes('sitemap'))).toBe(true);
    expect(texts.some(({ file }) => file.includes(join('feeds', 'kk'))) && texts.some(({ file }) => file.includes('fragment'))).toBe(true);
    for (const { file, text } of texts) {
      for (const path of samplePaths) expect(text.includes(path), `${path} in ${file}`).toBe(false);
      for (const name of speakers) expect(text.includes(name), `${name} in ${file}`).toBe(false);
      for (const channel of sampleChannels) expect(text.includes(channel.url), `${channel.url} in ${file}`).toBe(false);
    }
  });

  it('is not among the pages the server counts views of in production', () => {
    const paths = publicPaths(copy);
    expect(paths).toContain('/kk/articles/bullying-what-it-is/');
    for (const path of samplePaths) expect(paths).not.toContain(path);
  });

  it('comes back with SHOW_SAMPLES=1: pages, feeds, search and the server’s list', () => {
    const shown = astroBuild(copy, { quiet: true, env: { ...quietEnv, SHOW_SAMPLES: '1', PREVIEW_DRAFTS: '' } });
    expect(shown.ok, shown.output.slice(-3000)).toBe(true);
    expect(readBuildInfo(join(copy, 'dist'))?.showSamples).toBe(true);
    for (const path of samplePaths) expect(existsSync(page(copy, path)), path).toBe(true);
    const webinar = samples.find((lesson) => lesson.kind === 'webinars' && lesson.lang === 'kk')!;
    const path = lessonPath('kk', 'webinars', webinar.slug);
    expect(readFileSync(join(copy, 'dist', 'client', 'kk', 'rss.xml'), 'utf8')).toContain(path);
    expect(readFileSync(join(copy, 'dist', 'client', 'sitemap-0.xml'), 'utf8')).toContain(path);
    expect(publicPaths(copy)).toContain(path);
    const fragments = servedTexts(join(copy, 'dist', 'client', 'pagefind', 'fragment'));
    expect(fragments.some(({ text }) => text.includes(path))).toBe(true);
  });
});
