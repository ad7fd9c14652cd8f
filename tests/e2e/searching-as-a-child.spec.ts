/**
 * Search finds what children type: the query list of tests/support/search-queries.ts against the
 * built index, through the same query rules (spelling, Kazakh folding) and ranking as the search
 * page, and the search box itself for a misspelling.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { LANGS, publishedLessons } from './fixtures/content';
import { SEARCH_QUERIES, SEARCH_QUERIES_TO_PASS } from '../support/search-queries';
import { SEARCH_BUNDLE_PATH, SEARCH_RANKING, indexQuery } from '../../src/lib/search';
import type { Lang } from '../../src/lib/langs';

/** The first three result paths of each query, searched in the page by the site's own index. */
async function topThree(page: Page, queries: string[]): Promise<string[][]> {
  return page.evaluate(
    async ({ bundle, ranking, queries }) => {
      const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
      await pagefind.options({ bundlePath: bundle, noWorker: true, ranking });
      await pagefind.init();
      const tops: string[][] = [];
      for (const query of queries) {
        const { results } = await pagefind.search(query);
        const pages = await Promise.all(results.slice(0, 3).map((result: { data: () => Promise<{ url: string }> }) => result.data()));
        tops.push(pages.map((data) => data.url));
      }
      return tops;
    },
    { bundle: SEARCH_BUNDLE_PATH, ranking: SEARCH_RANKING, queries },
  );
}

test('what children type finds its lesson in the first three results, in both languages', async ({ page }) => {
  expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(40);
  const misses: string[] = [];
  for (const lang of LANGS) {
    const queries = SEARCH_QUERIES.filter((query) => query.lang === lang);
    const lessons = new Set(publishedLessons(lang).map((lesson) => lesson.path));
    for (const query of queries) {
      expect(
        lessons.has(`/${lang}/${query.expect}/`),
        `the sample lesson /${lang}/${query.expect}/ of the query «${query.query}» is gone: update tests/support/search-queries.ts`,
      ).toBe(true);
    }
    await page.goto(`/${lang}/search/`);
    const tops = await topThree(
      page,
      queries.map((query) => indexQuery(query.query, lang as Lang) ?? ''),
    );
    queries.forEach((query, index) => {
      if (!tops[index]!.includes(`/${lang}/${query.expect}/`))
        misses.push(`${lang} «${query.query}» → ${tops[index]!.join(', ') || 'nothing'} (expected /${lang}/${query.expect}/)`);
    });
  }
  const found = SEARCH_QUERIES.length - misses.length;
  console.log(`Search: ${found} of ${SEARCH_QUERIES.length} children's queries find their lesson in the top 3 (at least ${SEARCH_QUERIES_TO_PASS} must).`);
  for (const miss of misses) console.log(`  missed: ${miss}`);
  expect(found, misses.join('\n')).toBeGreaterThanOrEqual(SEARCH_QUERIES_TO_PASS);
});

test('the search box corrects «булинг» and finds the lesson about bullying', async ({ page }) => {
  await page.goto('/ru/search/?q=%D0%B1%D1%83%D0%BB%D0%B8%D0%BD%D0%B3');
  await expect(page.locator('[data-search-result] a[href="/ru/articles/bullying-what-it-is/"]').first()).toBeVisible();
});
