/**
 * An editor's mistake must stop the build and say which file and which field are wrong. Each
 * case breaks one field of one real lesson in a throwaway copy of the project and builds it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { astroBuild } from '../../scripts/lib/build.mjs';
import { loadContent } from '../../src/lib/content-check/load.ts';
import type { LessonDoc } from '../../src/lib/content-check/types.ts';
import type { LessonKind } from '../../src/lib/lessons.ts';
import { copyProject } from '../support/project-copy';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The first lesson of a kind in path order, as the content check reads it; the test needs one. */
function firstLesson(kind: LessonKind): LessonDoc {
  const lesson = loadContent(root).lessons.find((item) => item.kind === kind);
  if (!lesson) throw new Error(`This test needs a lesson in content/${kind}/ to break; there is none.`);
  return lesson;
}

/**
 * The lesson's file with a top-level front-matter field set to `value` (a YAML fragment), or
 * removed when `value` is undefined; the rest of the file stays as written.
 */
function withField(lesson: LessonDoc, field: string, value: string | undefined): string {
  const lines = lesson.source.split('\n');
  // Line 1 opens the front matter and the line before `bodyLine` closes it.
  const frontMatter = parseDocument(lines.slice(1, lesson.bodyLine - 2).join('\n'));
  if (value === undefined) frontMatter.delete(field);
  // The fragment's own node, so a quoted value stays quoted as the case wrote it.
  else frontMatter.set(field, parseDocument(value).contents);
  return ['---', frontMatter.toString({ lineWidth: 0 }).trimEnd(), '---', ...lines.slice(lesson.bodyLine - 1)].join('\n');
}

/** An issue line of Astro's schema error, e.g. `  audiences.0: expected one of …`. */
const issueAbout = (field: string) => new RegExp(`^\\s*${field}\\b`, 'm');

describe('a lesson with a wrong field', () => {
  let copy: string;
  const originals = new Map<string, string>();

  /** Changes one field of a lesson of the copy, then builds the copy; the change is undone after the case. */
  function buildWith(lesson: LessonDoc, field: string, value: string | undefined): string {
    return buildChanged(lesson, () => withField(lesson, field, value), `a wrong ${field}`);
  }

  /** Changes one lesson of the copy with `change`, builds the copy and expects it to fail. */
  function buildChanged(lesson: LessonDoc, change: (source: string) => string, what: string): string {
    const path = join(copy, lesson.file);
    const source = readFileSync(path, 'utf8');
    if (!originals.has(path)) originals.set(path, source);
    writeFileSync(path, change(source));
    const { ok, output } = astroBuild(copy, { quiet: true, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    expect(ok, `the build passed although ${lesson.file} has ${what}`).toBe(false);
    return output;
  }

  beforeAll(() => {
    copy = copyProject(root, 'zanbala-bad-content-');
  });

  afterEach(() => {
    for (const [path, source] of originals) writeFileSync(path, source);
    originals.clear();
  });

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('an unknown audience names the file and `audiences`', () => {
    const lesson = firstLesson('articles');
    const output = buildWith(lesson, 'audiences', '[teens]');
    expect(output).toContain(lesson.file);
    expect(output).toMatch(issueAbout('audiences'));
  });

  it('a video without captions names the file and `captions`', () => {
    const lesson = firstLesson('videos');
    const output = buildWith(lesson, 'captions', undefined);
    expect(output).toContain(lesson.file);
    expect(output).toMatch(issueAbout('captions'));
  });

  it('a webinar start without a UTC offset names the file and `startsAt`', () => {
    const lesson = firstLesson('webinars');
    const output = buildWith(lesson, 'startsAt', "'2026-12-10T15:00:00'");
    expect(output).toContain(lesson.file);
    expect(output).toMatch(issueAbout('startsAt'));
  });

  it('a quiz question with one answer names the file, the question and what is missing', () => {
    const lesson = firstLesson('articles');
    const quiz =
      '\n<Quiz questions={[{ question: "Is this a question?", options: [{ text: "Yes", correct: true }], explain: "Because it ends with a question mark." }]} />\n';
    const output = buildChanged(lesson, (source) => source + quiz, 'a malformed quiz');
    expect(output).toContain(`The quiz in ${lesson.file} is malformed`);
    expect(output).toMatch(/question 1, options: give at least 2 answers/);
  });
});
