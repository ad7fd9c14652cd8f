/**
 * The background job of zanbala:search-index (search-index.ts): copies every lesson page of the
 * built site, as Astro writes it, into a folder of its own at the same path (so Pagefind gives it
 * the URL the site serves), as the indexer should read it (pageForIndex); the served page stays
 * as built. Pages that went away or stopped being lessons lose their copy.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { SEARCH_BODY, pageForIndex, pageLanguage } from '../lib/search-index.ts';
import { runJob } from './background-job.ts';
import { FileFollower } from './file-follower.ts';

export interface SearchStageInput {
  /** The folder of the built site's static files. */
  dir: string;
  /** The folder the copies go to. */
  stage: string;
}

/** Lesson pages copied, by the `lang` of their `<html>`. */
export type SearchStageResult = Record<string, number>;

runJob<SearchStageInput, SearchStageResult>(async ({ dir, stage }, done) => {
  const lessons = new Map<string, string>();
  const copyOf = (file: string) => join(stage, relative(dir, file));
  const follower = new FileFollower(dir, {
    wanted: (file) => file.endsWith('.html'),
    changed: (file) => {
      const html = readFileSync(file, 'utf8');
      if (!html.includes(SEARCH_BODY)) {
        if (lessons.delete(file)) rmSync(copyOf(file), { force: true });
        return;
      }
      mkdirSync(dirname(copyOf(file)), { recursive: true });
      writeFileSync(copyOf(file), pageForIndex(html));
      lessons.set(file, pageLanguage(html) ?? 'unknown');
    },
    gone: (file) => {
      if (lessons.delete(file)) rmSync(copyOf(file), { force: true });
    },
  });
  await follower.follow(done);
  const counts: SearchStageResult = {};
  for (const lang of lessons.values()) counts[lang] = (counts[lang] ?? 0) + 1;
  return counts;
});
