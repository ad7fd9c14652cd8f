/** `npm run new` writes lessons the content check accepts as drafts: TODOs are reminders, not errors. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, runChecks } from '../../../src/lib/content-check/index.ts';
import { LESSON_KINDS } from '../../../src/lib/lessons';
import { scaffoldLesson } from '../../../src/lib/scaffold';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const frontMatter = (text: string) => parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;

describe('a scaffolded lesson', () => {
  const copy = mkdtempSync(join(tmpdir(), 'zanbala-scaffold-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  const request = { lang: 'ru', audiences: ['7-10', 'parents'], title: 'Что делать, если травят в чате', slug: 'chto-delat', today: '2026-11-25' } as const;

  it.each(LESSON_KINDS)('of kind %s has its translation stub, every field, and is a draft', (kind) => {
    const files = scaffoldLesson({ ...request, kind });
    expect(files.map((file) => file.path).slice(0, 2)).toEqual([`content/${kind}/ru/chto-delat.mdx`, `content/${kind}/kk/chto-delat.mdx`]);
    const [lesson, translation] = files.map((file) => frontMatter(file.text));
    expect(lesson).toMatchObject({ title: request.title, audiences: ['7-10', 'parents'], draft: true, translationKey: 'chto-delat', topics: ['bullying'] });
    expect(translation).toMatchObject({ draft: true, translationKey: 'chto-delat' });
    expect(Object.keys(lesson!)).toEqual(expect.arrayContaining(['summary', 'cover', 'publishedAt', 'legalBasis']));
    if (kind === 'videos') expect(files.map((file) => file.path)).toContain('content/media/chto-delat-ru.vtt');
    if (kind === 'webinars') expect(lesson!['startsAt']).toBe('2026-12-25T15:00:00+05:00');
  });

  it('passes the content check with TODO reminders only, and no errors', () => {
    cpSync(join(root, 'content/media/covers/placeholder.svg'), join(copy, 'content/media/covers/placeholder.svg'));
    cpSync(join(root, 'content/data/topics.yaml'), join(copy, 'content/data/topics.yaml'));
    for (const kind of LESSON_KINDS) {
      for (const file of scaffoldLesson({ ...request, kind })) {
        mkdirSync(dirname(join(copy, file.path)), { recursive: true });
        writeFileSync(join(copy, file.path), file.text);
      }
    }
    const findings = runChecks(loadContent(copy), new Date('2026-11-25T12:00:00+05:00'));
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(findings.some((finding) => finding.code === 'todo-left')).toBe(true);
  });
});
