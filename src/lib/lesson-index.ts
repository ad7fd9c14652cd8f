/**
 * The lessons as the server's list of pages needs them (kind, language, slug, audiences and
 * whether they are published), read from the lesson files' front matter when the site is built.
 * The server gets this small list instead of the lesson collections, whose every MDX module
 * would otherwise be bundled into it (src/integrations/lesson-index.ts).
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
// The YAML reader Astro itself reads front matter with: the same values, at a fraction of the
// time of `yaml` over a thousand lessons.
import { load } from 'js-yaml';
import { z } from 'zod';
import { lessonListingFields } from './data-schemas.ts';
import { isLang, LANGS, type Lang } from './langs.ts';
import { FRONT_MATTER, entryId, mdxFiles } from './lesson-files.ts';
import { LESSON_KINDS, parseEntryId, type LessonKind } from './lessons.ts';
import type { Audience } from './audiences.ts';

export interface IndexedLesson {
  kind: LessonKind;
  lang: Lang;
  slug: string;
  audiences: Audience[];
  draft: boolean;
  /** Sample content: listed only by a build that shows samples. */
  sample: boolean;
  /** ISO date: the list travels as JSON. */
  publishedAt: string;
}

const listing = z.object(lessonListingFields);

function indexLesson(root: string, kind: LessonKind, file: string): IndexedLesson {
  const source = readFileSync(file, 'utf8');
  const yaml = FRONT_MATTER.exec(source)?.[1] ?? '';
  const raw: unknown = load(yaml) ?? {};
  const data = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const name = relative(root, file).split(sep).join('/');
  const parsed = listing.safeParse(data);
  if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const { lang, slug } = parseEntryId(
    entryId(
      relative(join(root, 'content', kind), file)
        .split(sep)
        .join('/'),
      data,
    ),
  );
  if (!isLang(lang)) throw new Error(`${name}: lessons live in a kk or ru folder, not "${lang}"`);
  return {
    kind,
    lang,
    slug,
    audiences: parsed.data.audiences,
    draft: parsed.data.draft,
    sample: parsed.data.sample,
    publishedAt: parsed.data.publishedAt.toISOString(),
  };
}

/** Every lesson file under `root`/content (drafts, scheduled lessons and samples too: the server decides). */
export function readLessonIndex(root: string): IndexedLesson[] {
  return LESSON_KINDS.flatMap((kind) => LANGS.flatMap((lang) => mdxFiles(join(root, 'content', kind, lang)).map((file) => indexLesson(root, kind, file))));
}
