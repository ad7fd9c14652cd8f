import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/lib/build.mjs';
import { BUDGETS, firstPageIn, measurePage, type PageWeight } from '../../scripts/lib/page-weight.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const clientDir = join(root, 'dist', 'client');

describe('an article page on a cheap phone', () => {
  let article: PageWeight;

  beforeAll(() => {
    ensureBuilt(root, { quiet: true });
    const file = firstPageIn(clientDir, 'kk/articles');
    if (!file) throw new Error('the build has no page under dist/client/kk/articles/');
    article = measurePage(clientDir, file);
  });

  it('loads in at most 12 KB gzipped, HTML, CSS and JS together', () => {
    expect(article.total.gzip, `${article.url} first load`).toBeLessThanOrEqual(BUDGETS.articleGzip);
  });

  it('runs at most 1 KB of gzipped JavaScript outside islands', () => {
    expect(article.js.gzip, `${article.url} JS without islands`).toBeLessThanOrEqual(BUDGETS.readingJsGzip);
  });

  it('loads no stylesheet or script from another origin', () => {
    expect(article.external).toEqual([]);
  });
});
