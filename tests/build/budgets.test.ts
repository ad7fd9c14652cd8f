import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/lib/build.mjs';
import { BUDGETS, embedScripts, firstPageIn, measurePage, type PageWeight } from '../../scripts/lib/page-weight.mjs';

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

describe('the scripts a school site loads', () => {
  let scripts: ReturnType<typeof embedScripts>;

  beforeAll(() => {
    ensureBuilt(root, { quiet: true });
    scripts = embedScripts(clientDir);
  });

  it('keep all the widget JavaScript, in one file, within 8 KB gzipped', () => {
    const [widget] = scripts;
    expect(widget!.imports, '/widget.js must not import other files').toEqual([]);
    expect(widget!.size.gzip, '/widget.js').toBeLessThanOrEqual(BUDGETS.widgetGzip);
  });

  it('keep embed.js within 1 KB gzipped', () => {
    const embed = scripts[1]!;
    expect(embed.imports).toEqual([]);
    expect(embed.size.gzip, '/embed.js').toBeLessThanOrEqual(BUDGETS.embedScriptGzip);
  });
});
