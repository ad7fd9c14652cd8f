/**
 * Writes the Pagefind search index into the built site (`/pagefind/`) in every `astro build`, so
 * `npm run build`, `npm start` and the build tests all get it. Pagefind makes one index per
 * `<html lang>`, and indexes only pages marked with `data-pagefind-body`: lessons.
 *
 * A background job (search-stage-job.ts) copies the lesson pages, as the indexer should read
 * them, into a folder of its own while Astro renders the rest. Once every page is written
 * (`astro:build:generated`), Pagefind reads and parses that folder itself, on every core, in its
 * own process, while this one writes the other files of the build; `astro:build:done` waits for it.
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_PATH } from '../lib/search';
import { startJob, type BackgroundJob } from './background-job.ts';
import type { SearchStageInput, SearchStageResult } from './search-stage-job.ts';

const UNUSED_UI = ['ui', 'modular-ui', 'component-ui'].flatMap((name) => [`pagefind-${name}.js`, `pagefind-${name}.css`]).concat('pagefind-highlight.js');

function fail(errors: string[], what: string): void {
  if (errors.length > 0) throw new Error(`Search index: ${what} failed:\n${errors.join('\n')}`);
}

/** Indexes the copies in `stage` into `/pagefind/` of the site at `root`; returns the log line. */
async function writeSearchIndex(root: string, stage: string, staged: Promise<SearchStageResult>): Promise<string> {
  try {
    const pages = await staged;
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(`Search index: Pagefind did not start:\n${errors.join('\n')}`);
    try {
      // Pagefind reads the folder in one fixed order, so the same lessons give the same index
      // files, whose hashed names a CDN keeps for a year (tests/build/search-index.test.ts).
      const added = await index.addDirectory({ path: stage });
      fail(added.errors, 'indexing the lesson pages');
      const outputPath = join(root, SEARCH_BUNDLE_PATH);
      const written = await index.writeFiles({ outputPath });
      fail(written.errors, 'writing the index');
      // The search page has its own interface; Pagefind's ready-made ones would only be dead weight.
      await Promise.all(UNUSED_UI.map((file) => rm(join(outputPath, file), { force: true })));
    } finally {
      await pagefind.close();
    }
    const summary =
      Object.entries(pages)
        .map(([lang, count]) => `${count} ${lang}`)
        .join(', ') || 'no';
    return `Indexed ${summary} lesson pages into ${SEARCH_BUNDLE_PATH}`;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

export default function searchIndex(): AstroIntegration {
  let clientDir = '';
  let stage = '';
  let job: BackgroundJob<SearchStageResult> | undefined;
  let indexing: Promise<string> | undefined;
  return {
    name: 'zanbala:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        clientDir = fileURLToPath(config.build.client);
        // Beside the site in the build's own folder, never served: a build that fails leaves it
        // there, and the folder goes when later builds prune it (scripts/lib/builds.mjs).
        stage = join(fileURLToPath(config.outDir), 'search-stage');
      },
      'astro:build:start': () => {
        rmSync(stage, { recursive: true, force: true });
        job = startJob<SearchStageInput, SearchStageResult>(new URL('./search-stage-job.ts', import.meta.url), { dir: clientDir, stage });
      },
      // Not awaited: Pagefind works while the next hooks do. Its failure surfaces at build:done.
      'astro:build:generated': () => {
        if (!job) throw new Error('Search index: the build never started');
        indexing = writeSearchIndex(clientDir, stage, job.finish());
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexing) throw new Error('Search index: the pages were never generated');
        logger.info(await indexing);
      },
    },
  };
}
