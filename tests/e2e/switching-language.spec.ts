import { test, expect } from './fixtures/test';
import { field, firstLesson, lessonFiles } from './fixtures/content';

test('the language switch leads from a Kazakh lesson to the same lesson in Russian and back', async ({ page }) => {
  const kk = firstLesson('articles', 'kk');
  const ru = lessonFiles('articles', 'ru').find((lesson) => field(lesson, 'translationKey') === field(kk, 'translationKey'))!;
  await page.goto(kk.path);
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(new RegExp(`${ru.path}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', /^ru/);
  await expect(page.locator('h1')).toHaveText(field(ru, 'title')!);
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(new RegExp(`${kk.path}$`));
});

test('pages that exist in both languages link each other with hreflang alternates', async ({ page }) => {
  for (const path of ['/kk/', '/kk/help/', '/kk/parents/', firstLesson('videos', 'kk').path]) {
    await page.goto(path);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]));
    expect(alternates).toContainEqual(['kk-KZ', path]);
    expect(alternates).toContainEqual(['ru-KZ', path.replace(/^\/kk\//, '/ru/')]);
  }
});
