/**
 * Writes the Pagefind search index into the built site (`/pagefind/`) at the end of every
 * `astro build`, so `npm run build`, `npm start` and the build tests all get it. Pagefind makes
 * one index per `<html lang>`, and indexes only pages marked with `data-pagefind-body`: lessons.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_PATH } from '../lib/search';
import { SEARCH_BODY, pageForIndex, pageLanguage } from '../lib/search-index';

const UNUSED_UI = ['ui', 'modular-ui', 'component-ui'].flatMap((name) => [`pagefind-${name}.js`, `pagefind-${name}.css`]).concat('pagefind-highlight.js');

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** `kk/articles/x/index.html` → `/kk/articles/x/`, as the site serves it. */
function pageUrl(root: string, file: string): string {
  const path = `/${relative(root, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function fail(errors: string[], what: string): void {
  if (errors.length > 0) throw new Error(`Search index: ${what} failed:\n${errors.join('\n')}`);
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'zanbala:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex();
        if (!index) throw new Error(`Search index: Pagefind did not start:\n${errors.join('\n')}`);
        try {
          const pages = new Map<string, number>();
          const adding: Promise<unknown>[] = [];
          // Pages go to Pagefind in one fixed order, so the same site gives the same index files
          // (their names are hashes a CDN keeps for a year). Each is sent without waiting for the
          // one before: Pagefind parses while this process reads and folds the next.
          for (const file of (await htmlFiles(root)).sort()) {
            const html = await readFile(file, 'utf8');
            if (!html.includes(SEARCH_BODY)) continue;
            // The folded copy exists only in what Pagefind reads; the served page stays as built.
            adding.push(index.addHTMLFile({ url: pageUrl(root, file), content: pageForIndex(html) }).then((added) => fail(added.errors, `indexing ${file}`)));
            const lang = pageLanguage(html) ?? 'unknown';
            pages.set(lang, (pages.get(lang) ?? 0) + 1);
          }
          await Promise.all(adding);
          const outputPath = join(root, SEARCH_BUNDLE_PATH);
          const written = await index.writeFiles({ outputPath });
          fail(written.errors, 'writing the index');
          // The search page has its own interface; Pagefind's ready-made ones would only be dead weight.
          await Promise.all(UNUSED_UI.map((file) => rm(join(outputPath, file), { force: true })));
          const summary = [...pages].map(([lang, count]) => `${count} ${lang}`).join(', ') || 'no';
          logger.info(`Indexed ${summary} lesson pages into ${SEARCH_BUNDLE_PATH}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
