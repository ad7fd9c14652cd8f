/**
 * Every lesson page is prerendered, so the server bundle (dist/server) needs no lesson: it holds
 * the pages rendered on demand (help, case, transparency, Safe region, inbox, API) and the data
 * they read. A page rendered on demand that imports `astro:content` carries every lesson's MDX
 * into it, and the server grows with the lessons (19 MB with 1000 of them). Two builds: the
 * project's own, and a copy with 60 more lessons whose server bundle has as many files and grows
 * only by what the server must know of a lesson: its path.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, ensureBuilt } from '../../scripts/lib/build.mjs';
import { writeSyntheticLessons } from '../../scripts/lib/synthetic-lessons.mjs';
import { FRONT_MATTER, mdxFiles } from '../../src/lib/lesson-files';
import { LESSON_KINDS } from '../../src/lib/lessons';
import { copyProject } from '../support/project-copy';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** With the sample content the bundle is about 1 MB; 19 MB were measured with 1000 lessons. */
const SERVER_BUDGET_BYTES = 1.5 * 1024 * 1024;
const ADDED_LESSONS = 60;
/**
 * What the server keeps of a lesson: its entry in the list of page paths (kind, language, slug,
 * audiences, date; about 170 bytes) and the two lines Astro's manifest writes for every module
 * it compiled, MDX included (its path and whether it carries styles; about 200 bytes besides the
 * project's folder). Under 0.6 MB with 1000 lessons; a lesson's compiled MDX is 5–15 KB.
 */
const BYTES_PER_LESSON = 600;

function serverFiles(dir: string): string[] {
  return readdirSync(join(dir, 'dist', 'server'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const bytesOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);

/** Bytes without the project's own folder, which Astro's manifest names in every module's path. */
const bytesBesides = (files: string[], dir: string) =>
  files.reduce((sum, file) => sum + Buffer.byteLength(readFileSync(file, 'utf8').replaceAll(dir.replace(/\/$/, ''), '')), 0);

/**
 * A run of plain words from the first paragraph of a lesson's text: what its compiled MDX, or
 * the content store, would carry into a bundle.
 */
function phraseOf(file: string): string | undefined {
  const source = readFileSync(file, 'utf8');
  const body = source.slice(FRONT_MATTER.exec(source)?.[0].length ?? 0);
  const runs = body
    .split('\n')
    .filter((line) => /^\p{L}/u.test(line))
    .flatMap((line) => line.split(/[*_[\]<>{}`()]/))
    .map((run) => run.trim());
  return runs.find((run) => run.length >= 30)?.slice(0, 30);
}

/** The lesson files of a project with a phrase of each. */
function lessonPhrases(dir: string): { file: string; phrase: string }[] {
  return LESSON_KINDS.flatMap((kind) => mdxFiles(join(dir, 'content', kind))).flatMap((file) => {
    const phrase = phraseOf(file);
    return phrase ? [{ file, phrase }] : [];
  });
}

describe('the server bundle', () => {
  let files: string[];

  beforeAll(() => {
    ensureBuilt(root, { quiet: true });
    files = serverFiles(root);
  });

  it('holds no lesson: no lesson text and no module named after a lesson', () => {
    const lessons = lessonPhrases(root);
    expect(lessons.length, 'every sample lesson has a paragraph to look for').toBe(
      LESSON_KINDS.flatMap((kind) => mdxFiles(join(root, 'content', kind))).length,
    );
    const texts = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    for (const { file, phrase } of lessons) {
      const carriers = texts.filter(({ text }) => text.includes(phrase)).map(({ file: carrier }) => carrier);
      expect(carriers, `"${phrase}" of ${file}`).toEqual([]);
    }
    const slugs = new Set(lessons.map(({ file }) => basename(file, '.mdx')));
    expect(files.filter((file) => slugs.has(basename(file).replace(/_[\w-]+\.mjs$/, '')))).toEqual([]);
  });

  it(`stays within ${SERVER_BUDGET_BYTES / 1024 / 1024} MB`, () => {
    expect(bytesOf(files)).toBeLessThanOrEqual(SERVER_BUDGET_BYTES);
  });
});

describe('the server bundle with more lessons', () => {
  let copy: string;
  let build: { ok: boolean; output: string };

  beforeAll(() => {
    ensureBuilt(root, { quiet: true });
    copy = copyProject(root, 'zanbala-server-bundle-');
    writeSyntheticLessons(join(copy, 'content'), ADDED_LESSONS);
    build = astroBuild(copy, { quiet: true, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  });

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it(`has as many files, and grows by a few hundred bytes a lesson (no lesson text), with ${ADDED_LESSONS} more lessons`, () => {
    expect(build.ok, build.output.slice(-3000)).toBe(true);
    const before = serverFiles(root);
    const after = serverFiles(copy);
    expect(after.length).toBe(before.length);
    expect(bytesBesides(after, copy) - bytesBesides(before, root)).toBeLessThanOrEqual(ADDED_LESSONS * BYTES_PER_LESSON);
    const paths = after.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(paths, 'the new lessons are pages the server counts views of').toMatch(/slug\\?":\\?"bench-lesson-00029/);
  });
});
