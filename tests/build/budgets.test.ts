import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/lib/build.mjs';
import { BUDGETS, embedScripts, measurePage, type PageWeight } from '../../scripts/lib/page-weight.mjs';
import { ROUND_TRIP_BUDGETS, chromeOf, lessonRoundTrips } from '../../scripts/lib/round-trip.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const clientDir = join(root, 'dist', 'client');

/**
 * The reference lessons the budgets are measured on: they guard the weight of the page template
 * (layout, styles, scripts, the quiz island), which every lesson carries. How long a lesson's own
 * text is, is the editors' matter: `npm run bench` prints the weights of the site's pages.
 */
const REFERENCE_ARTICLE = 'safe-way-to-school';
const REFERENCE_QUIZ = 'bullying-what-it-is';
const articlePage = (slug: string) => join(clientDir, 'kk', 'articles', slug, 'index.html');

describe('an article page on a cheap phone', () => {
  let article: PageWeight;

  beforeAll(() => {
    ensureBuilt(root, { quiet: true });
    const file = articlePage(REFERENCE_ARTICLE);
    if (!existsSync(file)) throw new Error(`the build has no /kk/articles/${REFERENCE_ARTICLE}/: name another reference article without a quiz`);
    if (readFileSync(file, 'utf8').includes('data-quiz')) throw new Error(`${REFERENCE_ARTICLE} has a quiz: the reference article is one without an island`);
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

describe('an article that ends with a quiz', () => {
  let withQuiz: PageWeight;
  let withoutQuiz: PageWeight;

  beforeAll(() => {
    ensureBuilt(root, { quiet: true });
    const hasQuiz = (file: string) => existsSync(file) && readFileSync(file, 'utf8').includes('data-quiz');
    if (!hasQuiz(articlePage(REFERENCE_QUIZ)) || hasQuiz(articlePage(REFERENCE_ARTICLE)) || !existsSync(articlePage(REFERENCE_ARTICLE))) {
      throw new Error(`the budgets need /kk/articles/${REFERENCE_QUIZ}/ with a quiz and /kk/articles/${REFERENCE_ARTICLE}/ without one`);
    }
    withQuiz = measurePage(clientDir, articlePage(REFERENCE_QUIZ));
    withoutQuiz = measurePage(clientDir, articlePage(REFERENCE_ARTICLE));
  });

  it('loads in at most 12 KB gzipped until the quiz scrolls into view (client:visible)', () => {
    expect(withQuiz.total.gzip - withQuiz.islandJs.gzip, `${withQuiz.url} before the quiz`).toBeLessThanOrEqual(BUDGETS.articleGzip);
  });

  it('is the only kind of article that loads island JavaScript', () => {
    expect(withQuiz.islandJs.gzip).toBeGreaterThan(0);
    expect(withoutQuiz.islandJs.gzip, withoutQuiz.url).toBe(0);
  });
});

describe('every lesson page on a fresh connection', () => {
  let trips: ReturnType<typeof lessonRoundTrips>;

  beforeAll(() => {
    ensureBuilt(root, { quiet: true });
    trips = lessonRoundTrips(clientDir);
    if (trips.length < 12) throw new Error(`expected the sample lessons of every kind in both languages, found ${trips.length} lesson pages`);
  });

  it('arrives whole in the first round trip: at most 14,000 bytes as served (brotli), CSS included', () => {
    const over = trips.filter((trip) => trip.served > ROUND_TRIP_BUDGETS.pageBrotli).map((trip) => `${trip.url} ${trip.served} B`);
    expect(over, 'lesson pages over 14,000 B of brotli: shorten or split the lesson, or trim what every page carries').toEqual([]);
  });

  it("counts as chrome what every page carries, and none of the lesson's own words", () => {
    // The chrome figure of `npm run bench` is only as good as finding the lesson's parts in the page.
    const longest = [...trips].sort((a, b) => b.served - a.served)[0]!;
    const page = readFileSync(join(clientDir, longest.url, 'index.html'), 'utf8');
    const chrome = chromeOf(page);
    const paragraph = /<p>([^<]{40,})<\/p>/.exec(page.slice(page.indexOf('lesson-body')))?.[1];
    if (!paragraph) throw new Error(`${longest.url} has no paragraph of text to look for`);
    expect(chrome).not.toContain(paragraph);
    expect(chrome).not.toContain('data-legal-basis');
    expect(chrome).toContain('<main');
    expect(chrome).toContain('href="tel:112"');
  });
});
