/**
 * A 9-year-old on a cheap phone: a lesson's help link opens the help page in words for 7-10, the
 * form starts on the second screen, and every button and field is a thumb wide. Older readers
 * keep the whole page, with the same tap targets.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { expectAccessible } from './fixtures/accessibility';
import { LANGS, listField, publishedLessons, type Lang } from './fixtures/content';

const PHONE = { width: 360, height: 780 };
/** The smallest tap target a thumb hits without a second try (WCAG 2.5.5, Apple and Google). */
const TAP = 44;

test.use({ viewport: PHONE });

/** A published 7-10 lesson whose text links to the help page. */
function youngLessonWithHelpLink(lang: Lang) {
  const lesson = publishedLessons(lang).find((candidate) => listField(candidate, 'audiences')[0] === '7-10' && candidate.mdx.includes(`(/${lang}/help/)`));
  if (!lesson) throw new Error(`The sample content needs a ${lang} lesson for 7-10 whose text links to /${lang}/help/`);
  return lesson;
}

async function expectThumbSized(locator: Locator, what: string) {
  const box = await locator.boundingBox();
  expect(box, `${what} is on the page`).not.toBeNull();
  expect(Math.round(box!.width), `${what} width`).toBeGreaterThanOrEqual(TAP);
  expect(Math.round(box!.height), `${what} height`).toBeGreaterThanOrEqual(TAP);
}

/** Shows the place fields too, which the form asks only for an unsafe place. */
async function everyFormControl(page: Page): Promise<Locator[]> {
  await page.locator('#report-category').selectOption('unsafe-place');
  return page.locator('[data-report-form] :is(input:not([type="hidden"]), select, textarea, button)').all();
}

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test('a 7-10 lesson’s help links open the help page for 7-10, with the form’s first field on the second screen', async ({ page }) => {
      const lesson = youngLessonWithHelpLink(lang);
      await page.goto(lesson.path);
      for (const link of [`.lesson-body a[href^="/${lang}/help/"]`, '.help-box a.button', `.site-nav a[href^="/${lang}/help/"]`]) {
        await expect(page.locator(link).first(), link).toHaveAttribute('href', new RegExp(`^/${lang}/help/\\?tier=7-10`));
      }
      await page.locator(`.lesson-body a[href^="/${lang}/help/"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/help/\\?tier=7-10`));
      await expect(page.locator('[data-truth-tier="7-10"]')).toBeVisible();
      const field = (await page.locator('#report-region').boundingBox())!;
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(field.y + field.height, 'the first field ends within two screens').toBeLessThan(2 * PHONE.height);
      // What a child must know before sending stays in sight; the rest opens with a tap.
      await expect(page.locator('[data-truth="family"]')).toBeVisible();
      await expect(page.locator('[data-truth="anonymous"]')).toBeHidden();
      await page.locator('.truth-more summary').click();
      await expect(page.locator('[data-truth="anonymous"]')).toBeVisible();
      await expectAccessible(page);
    });

    test('the age page and the widget of 7-10 lead to the help page for 7-10', async ({ page }) => {
      await page.goto(`/${lang}/7-10/`);
      await expect(page.locator('.help-box a.button')).toHaveAttribute('href', `/${lang}/help/?tier=7-10`);
      await page.locator('.help-box a.button').click();
      await expect(page.locator('[data-truth-tier="7-10"]')).toBeVisible();
      await page.goto(`/embed/${lang}/7-10/`);
      await expect(page.locator('[data-help]')).toHaveAttribute('href', `/${lang}/help/?tier=7-10`);
      await expect(page.locator('[data-help-limit]')).toBeVisible();
    });

    for (const tier of ['7-10', undefined] as const) {
      test(`on the help page${tier ? ` for ${tier}` : ''}, the numbers, quick exit, "?" and every form control are a thumb wide`, async ({ page }) => {
        await page.goto(`/${lang}/help/${tier ? `?tier=${tier}` : ''}`);
        for (const number of ['112', '102', '111']) await expectThumbSized(page.locator(`.safety-bar a[href="tel:${number}"]`), number);
        await expectThumbSized(page.locator('.safety-bar [data-quick-exit]'), 'quick exit');
        await expectThumbSized(page.locator('.quick-exit-help summary'), '"?"');
        const controls = await everyFormControl(page);
        expect(controls.length).toBeGreaterThanOrEqual(10);
        for (const control of controls)
          await expectThumbSized(control, (await control.getAttribute('id')) ?? (await control.getAttribute('type')) ?? 'a form control');
      });
    }

    test('112, 102 and 111 carry their words on the help page, and "danger now" wraps beside its box', async ({ page }) => {
      for (const path of [`/${lang}/help/?tier=7-10`, `/${lang}/help/`]) {
        await page.goto(path);
        for (const number of ['112', '102', '111']) {
          const big = page.locator(`main a[href="tel:${number}"].big-tel`).first();
          await expect(big, `${number} on ${path}`).toBeVisible();
          expect((await big.innerText()).replace(number, '').replace(/[\s·]/g, '').length, `${number} has words beside it`).toBeGreaterThan(3);
        }
      }
      const box = (await page.locator('#report-urgent').boundingBox())!;
      const label = (await page.locator('label[for="report-urgent"]').boundingBox())!;
      expect(label.x, 'the label starts beside the box').toBeGreaterThan(box.x + box.width);
      expect(label.y, 'the label starts on the row of the box').toBeLessThan(box.y + box.height);
    });

    test('the form says what "without a name" means, and names a messenger only beside a confirmed one', async ({ page }) => {
      await page.goto(`/${lang}/help/?tier=11-14&region=astana`);
      await expect(page.locator('[data-form-limit]')).toContainText(lang === 'ru' ? 'полиц' : 'полиция');
      const named = (await page.locator('#report > p').first().innerText()).toLowerCase().includes('мессенджер');
      const shown = await page.locator('[data-channels-region="astana"] a[data-channel]').count();
      expect(named, 'the messenger is named exactly when the region shows a confirmed one').toBe(shown > 0);
    });
  });
}
