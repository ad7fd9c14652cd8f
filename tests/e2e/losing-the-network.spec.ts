import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { LANGS, firstLesson, lessonFiles } from './fixtures/content';
import { OFFLINE_PAGES } from '../../src/lib/offline';

/** Waits until the offline worker has installed and controls the page. */
async function underOfflineWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every address the page's origin keeps in Cache Storage, cache by cache. */
function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const kept: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      kept[name] = (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
    }
    return kept;
  });
}

/** Only what every visitor gets alike: the offline and home pages and the files they need. */
function expectNothingPersonal(kept: Record<string, string[]>): void {
  const names = Object.keys(kept);
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(/^zanbala-offline-[0-9a-f]+$/);
  const paths = kept[names[0]!]!;
  for (const page of OFFLINE_PAGES) expect(paths).toContain(page);
  const others = paths.filter((path) => !OFFLINE_PAGES.includes(path));
  for (const path of others)
    expect(path, 'a kept file is a built asset, the icon or the registration').toMatch(/^\/(_astro\/[\w.-]+\.(css|js)|favicon\.svg|sw-register\.js)$/);
}

test.describe('a child whose network fails', () => {
  for (const lang of LANGS) {
    test(`after one visit in ${lang}, a page opened offline shows 112, 102 and 111, and the home page still opens`, async ({ page, context }) => {
      const [lesson, other] = lessonFiles('articles', lang);
      await page.goto(lesson!.path);
      await underOfflineWorker(page);
      await context.setOffline(true);

      await page.goto(other!.path);
      await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
      for (const number of ['112', '102', '111']) {
        await expect(page.locator(`[data-offline-numbers] a[href="tel:${number}"]`)).toBeVisible();
        await expect(page.locator(`.safety-bar a[href="tel:${number}"]`)).toBeVisible();
      }
      // The other language's words are there too, and the page's own styles still apply.
      await expect(page.locator(`section[lang^="${lang === 'kk' ? 'ru' : 'kk'}"] a[href="tel:112"]`)).toBeVisible();
      expect(await page.locator('.safety-bar').evaluate((bar) => getComputedStyle(bar).position)).toBe('sticky');

      await page.goto(`/${lang}/`);
      await expect(page.locator('[data-audience-chooser]')).toBeVisible();
      await context.setOffline(false);
    });
  }

  test('the worker keeps no lesson, help page, case, API answer or inbox page that was opened', async ({ page }) => {
    const lesson = firstLesson('articles', 'ru');
    await page.goto(lesson.path);
    await underOfflineWorker(page);
    const before = await cachedPaths(page);
    expectNothingPersonal(before);

    await page.goto(lessonFiles('articles', 'kk')[1]!.path);
    await page.goto('/kk/help/');
    await page.goto('/ru/help/case/');
    await page.locator('form input[name="caseCode"]').fill('1111 2222 3333 4444');
    await page.locator('form button[type="submit"]').first().click();
    await page.waitForLoadState();
    const answers = await page.evaluate(async () => {
      const post = (path: string, body: unknown) =>
        fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then((response) => response.status);
      return [
        await post('/api/reports', { region: 'astana', category: 'bullying', message: 'Мне пишут гадости в чате класса.', lang: 'ru', followUp: true }),
        await post('/api/reports/case', { caseCode: '1111 2222 3333 4444' }),
        await fetch('/api/reports').then((response) => response.status),
      ];
    });
    expect(answers).toEqual([201, 404, 405]);
    await page.goto('/admin/login/');
    await page.goto('/kk/offline/');

    const after = await cachedPaths(page);
    expectNothingPersonal(after);
    expect(after).toEqual(before);
    const everything = Object.values(after).flat().join(' ');
    for (const trace of [lesson.path, '/help/', '/api/', '/admin/']) expect(everything).not.toContain(trace);
  });

  test('quick exit leaves nothing of the page it left in the caches', async ({ page, watch }) => {
    const neutral = 'https://www.gismeteo.kz/';
    await page.route(`${neutral}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    const lesson = firstLesson('articles', 'kk');
    await page.goto(lesson.path);
    await underOfflineWorker(page);
    const before = await cachedPaths(page);
    await page.locator('[data-quick-exit]').click();
    await expect(page).toHaveURL(neutral);
    watch.foreignRequests.splice(0);

    await page.goto('/kk/offline/');
    const after = await cachedPaths(page);
    expect(after).toEqual(before);
    expect(Object.values(after).flat()).not.toContain(lesson.path);
  });

  test('the worker and its registration are files of our origin that the browser revalidates', async ({ request }) => {
    for (const path of ['/sw.js', '/sw-register.js']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toContain('javascript');
      expect(response.headers()['cache-control'], path).toBe('no-cache');
    }
  });
});
