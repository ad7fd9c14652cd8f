import { test, expect } from './fixtures/test';
import { LANGS, lessonFiles, type Kind } from './fixtures/content';

/** A cheap phone held upright. */
const PHONE = { width: 360, height: 780 };
/** The first screen of that phone, less the browser's own bars. */
const FIRST_SCREEN = 700;
/** Every kind of lesson: a video's player and a webinar's facts must leave room for the text too. */
const KINDS: Kind[] = ['articles', 'videos', 'webinars'];

test.describe('reading a lesson on a phone', () => {
  test.use({ viewport: PHONE });

  for (const lang of LANGS) {
    for (const kind of KINDS) {
      test(`every ${kind.slice(0, -1)} in ${lang} starts its text on the first screen, under the numbers and quick exit`, async ({ page }) => {
        const lessons = lessonFiles(kind, lang);
        expect(lessons.length).toBeGreaterThan(0);
        for (const lesson of lessons) {
          await page.goto(lesson.path);
          // A lesson may open with a legal fact, which MDX renders as a block of its own, not a <p>;
          // a webinar's facts panel, which follows its first paragraph, is not its text.
          const paragraph = await page.locator('.lesson-body :is(p, .fact):not(.after-opening *)').first().boundingBox();
          expect(paragraph!.y, `the first paragraph of ${lesson.path}`).toBeLessThan(FIRST_SCREEN);
          const bar = await page.locator('.safety-bar').boundingBox();
          expect(bar!.y).toBe(0);
          expect(bar!.height, 'the safety bar is one row').toBeLessThanOrEqual(60);
          for (const control of ['a[href="tel:112"]', 'a[href="tel:102"]', 'a[href="tel:111"]', '[data-quick-exit]']) {
            const link = page.locator(`.safety-bar ${control}`);
            await expect(link).toBeInViewport({ ratio: 1 });
            // Nothing lies over its top edge either (a skip link that wraps in larger type once did).
            const uncovered = await link.evaluate((element) => {
              const box = element.getBoundingClientRect();
              return element.contains(document.elementFromPoint(box.left + box.width / 2, box.top + 3));
            });
            expect(uncovered, `${control} on ${lesson.path}`).toBe(true);
          }
        }
      });
    }

    test(`a video's player and a webinar's date are on the first screen too, and a webinar's facts follow its first paragraph, in ${lang}`, async ({
      page,
    }) => {
      for (const video of lessonFiles('videos', lang)) {
        await page.goto(video.path);
        await expect(page.locator('.video > :is(video, .external-video)'), video.path).toBeInViewport();
      }
      for (const webinar of lessonFiles('webinars', lang)) {
        await page.goto(webinar.path);
        await expect(page.locator('.lesson-kind time'), webinar.path).toBeInViewport({ ratio: 1 });
        const opening = (await page.locator('.lesson-body > p').first().boundingBox())!;
        const facts = (await page.locator('[data-webinar-facts]').boundingBox())!;
        expect(facts.y, webinar.path).toBeGreaterThan(opening.y + opening.height);
      }
    });

    test(`the numbers and quick exit stay at the top while a child reads on, in ${lang}`, async ({ page }) => {
      await page.goto(lessonFiles('articles', lang)[0]!.path);
      await page.locator('.lesson-body p').last().scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(PHONE.height);
      await expect(page.locator('.safety-bar a[href="tel:112"]')).toBeInViewport({ ratio: 1 });
      await expect(page.locator('.safety-bar [data-quick-exit]')).toBeInViewport({ ratio: 1 });
    });
  }

  test('the menu is one row under the brand, and the quick-exit question is a "?" that still opens', async ({ page }) => {
    await page.goto('/kk/');
    const links = await page.locator('.site-nav a:visible').all();
    const tops = await Promise.all(links.map(async (link) => (await link.boundingBox())!.y));
    expect(new Set(tops).size).toBe(1);
    await expect(page.locator('.quick-exit-help summary')).toHaveAccessibleName(/Бұл не\?/);
    await page.locator('.quick-exit-help summary').click();
    await expect(page.locator('[data-quick-exit-note]')).toBeVisible();
  });
});

test.describe('reading a lesson on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the header is one row: brand, menu and the other language', async ({ page }) => {
    await page.goto(lessonFiles('articles', 'ru')[0]!.path);
    const row = async (selector: string) => {
      const box = (await page.locator(selector).boundingBox())!;
      return box.y + box.height / 2;
    };
    const brand = await row('.brand');
    for (const part of ['.site-nav', '.lang-switch']) expect(Math.abs((await row(part)) - brand), part).toBeLessThan(16);
    await expect(page.locator('.site-nav a[href="/ru/"]')).toBeVisible();
  });
});
