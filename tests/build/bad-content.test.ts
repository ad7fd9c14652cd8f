/**
 * An editor's mistake must stop the build and say which file and which field are wrong. Each
 * case breaks one field of one real lesson in a throwaway copy of the project and builds it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Build output, caches and local data: none of it is an input of a build. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.astro', 'data', 'test-results', 'playwright-report', 'coverage']);

/** The first lesson of a kind in name order, as a path from the project root, e.g. content/videos/kk/x.mdx. */
function firstLesson(kind: 'articles' | 'videos' | 'webinars'): string | undefined {
  for (const lang of ['kk', 'ru']) {
    const dir = join(root, 'content', kind, lang);
    if (!existsSync(dir)) continue;
    const name = readdirSync(dir)
      .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
      .sort()[0];
    if (name) return `content/${kind}/${lang}/${name}`;
  }
  return undefined;
}

/**
 * Front matter with a top-level field set to `value` (a YAML fragment), or removed when
 * `value` is undefined; the field's block lines (indented or `- ` items) go with it.
 */
function withField(source: string, field: string, value: string | undefined): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match?.[1]) throw new Error('the lesson has no front matter');
  const lines = match[1].split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(`${field}:`));
  const replacement = value === undefined ? [] : [`${field}: ${value}`];
  if (start === -1) {
    lines.push(...replacement);
  } else {
    let end = start + 1;
    while (end < lines.length && /^(\s|- )/.test(lines[end] ?? '')) end += 1;
    lines.splice(start, end - start, ...replacement);
  }
  return source.replace(match[1], () => lines.join('\n'));
}

/** An issue line of Astro's schema error, e.g. `  audiences.0: expected one of …`. */
const issueAbout = (field: string) => new RegExp(`^\\s*${field}\\b`, 'm');

describe('a lesson with a wrong field', () => {
  let copy: string;
  const originals = new Map<string, string>();

  /** Changes one lesson of the copy, then builds the copy; the change is undone after the case. */
  function buildWith(lesson: string, field: string, value: string | undefined): string {
    return buildChanged(lesson, (source) => withField(source, field, value), `a wrong ${field}`);
  }

  /** Changes one lesson of the copy with `change`, builds the copy and expects it to fail. */
  function buildChanged(lesson: string, change: (source: string) => string, what: string): string {
    const path = join(copy, lesson);
    const source = readFileSync(path, 'utf8');
    if (!originals.has(path)) originals.set(path, source);
    writeFileSync(path, change(source));
    const { ok, output } = astroBuild(copy, { quiet: true, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    expect(ok, `the build passed although ${lesson} has ${what}`).toBe(false);
    return output;
  }

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'zanbala-bad-content-'));
    cpSync(root, copy, { recursive: true, filter: (source) => !NOT_COPIED.has(source.slice(root.length).split('/')[0] ?? '') });
    // Link each package rather than node_modules itself: Astro keeps its content cache in
    // node_modules/.astro, and the copy's broken lessons must not land in the project's cache.
    mkdirSync(join(copy, 'node_modules'));
    for (const entry of readdirSync(join(root, 'node_modules'))) {
      if (entry === '.astro' || entry === '.vite') continue;
      symlinkSync(join(root, 'node_modules', entry), join(copy, 'node_modules', entry));
    }
  });

  afterEach(() => {
    for (const [path, source] of originals) writeFileSync(path, source);
    originals.clear();
  });

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  const article = firstLesson('articles');
  const video = firstLesson('videos');
  const webinar = firstLesson('webinars');

  it.skipIf(!article)('an unknown audience names the file and `audiences`', () => {
    const lesson = article ?? '';
    const output = buildWith(lesson, 'audiences', '[teens]');
    expect(output).toContain(lesson);
    expect(output).toMatch(issueAbout('audiences'));
  });

  it.skipIf(!video)('a video without captions names the file and `captions`', () => {
    const lesson = video ?? '';
    const output = buildWith(lesson, 'captions', undefined);
    expect(output).toContain(lesson);
    expect(output).toMatch(issueAbout('captions'));
  });

  it.skipIf(!webinar)('a webinar start without a UTC offset names the file and `startsAt`', () => {
    const lesson = webinar ?? '';
    const output = buildWith(lesson, 'startsAt', "'2026-12-10T15:00:00'");
    expect(output).toContain(lesson);
    expect(output).toMatch(issueAbout('startsAt'));
  });

  it.skipIf(!article)('a quiz question with one answer names the file, the question and what is missing', () => {
    const lesson = article ?? '';
    const quiz = '\n<Quiz questions={[{ question: "Is this a question?", options: [{ text: "Yes", correct: true }], explain: "Because it ends with a question mark." }]} />\n';
    const output = buildChanged(lesson, (source) => source + quiz, 'a malformed quiz');
    expect(output).toContain(`The quiz in ${lesson} is malformed`);
    expect(output).toMatch(/question 1, options: give at least 2 answers/);
  });
});
