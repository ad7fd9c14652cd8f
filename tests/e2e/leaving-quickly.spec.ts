import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { firstLesson } from './fixtures/content';

const NEUTRAL = 'https://www.gismeteo.kz/';

test.beforeEach(async ({ page }) => {
  // The neutral site is stood in for, so the test needs no network and sees where it landed.
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' }));
});

function forgiveNeutralSite(watch: { foreignRequests: string[] }) {
  const others = watch.foreignRequests.filter((url) => !url.startsWith(NEUTRAL));
  watch.foreignRequests.splice(0, watch.foreignRequests.length, ...others);
}

for (const how of ['the button', 'Shift pressed three times'] as const) {
  test(`quick exit by ${how} replaces the lesson, and Back does not bring it back`, async ({ page, watch }) => {
    await page.goto('/kk/');
    const lesson = firstLesson('articles', 'kk');
    await page.goto(lesson.path);
    if (how === 'the button') {
      await page.locator('[data-quick-exit]').click();
    } else {
      await untilShiftListens(page);
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
    }
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    expect(page.url()).not.toContain(lesson.path);
    forgiveNeutralSite(watch);
  });
}

test('the quick-exit button says what it does and does not hide', async ({ page }) => {
  await page.goto('/ru/');
  await page.locator('.quick-exit-help summary').click();
  await expect(page.locator('[data-quick-exit-note]')).toContainText('Shift');
  await expect(page.locator('[data-quick-exit-note]')).toContainText('истори');
});

/** Shift ×3 is heard once the page has painted and loaded its after-paint scripts. */
async function untilShiftListens(page: Page) {
  await expect(page.locator('script[src="/quick-exit-keys.js"]')).toHaveCount(1);
  await page.waitForLoadState('networkidle');
}

/** Types as a child on a keyboard does: a separate Shift press before each capital letter. */
async function typeWithShiftPresses(page: Page, text: string) {
  for (const letter of text) {
    if (letter !== letter.toLowerCase()) await page.keyboard.press('Shift');
    await page.keyboard.type(letter);
  }
}

const SENTENCES = { kk: 'Мен Айым. Мен Алматыда Тұрамын.', ru: 'Я Ира. Мой Класс Смеётся.' } as const;

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const lang of ['kk', 'ru'] as const) {
    test(`typing a sentence with capitals in every field never leaves, and Shift ×3 with nothing between does, in ${lang}`, async ({ page, watch }) => {
      await page.goto(`/${lang}/help/`);
      await untilShiftListens(page);
      await page.locator('#report-category').selectOption('unsafe-place');
      const fields = await page.locator('[data-report-form] :is(input[type="text"], textarea)').all();
      expect(fields.length).toBeGreaterThanOrEqual(4);
      for (const field of fields) {
        await field.click();
        await typeWithShiftPresses(page, SENTENCES[lang]);
        // Three Shift presses in a row inside a field are still typing, not a request to leave.
        for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
        await page.keyboard.down('Shift');
        await page.keyboard.type('А');
        await page.keyboard.up('Shift');
        await expect(field).toHaveValue(new RegExp(SENTENCES[lang].replace('.', '\\.')));
      }
      expect(page.url()).toContain(`/${lang}/help/`);
      await page.goto(`/${lang}/search/`);
      await untilShiftListens(page);
      await page.locator('#search-query').click();
      await typeWithShiftPresses(page, SENTENCES[lang]);
      expect(page.url()).toContain(`/${lang}/search/`);

      await page.locator('h1').click();
      for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
      await expect(page).toHaveURL(NEUTRAL);
      forgiveNeutralSite(watch);
    });
  }

  test('outside a field, a letter between Shift presses starts the count again', async ({ page, watch }) => {
    await page.goto('/ru/');
    await untilShiftListens(page);
    await page.locator('h1').click();
    for (const key of ['Shift', 'Shift', 'KeyA', 'Shift', 'Shift']) await page.keyboard.press(key);
    await page.waitForTimeout(300);
    expect(page.url()).toContain('/ru/');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
    forgiveNeutralSite(watch);
  });
});

test('the note under "?" says what stays in history and how to clear it on Android, iPhone and in Kundelik', async ({ page }) => {
  for (const [lang, stays] of [
    ['ru', 'остаются в истории'],
    ['kk', 'тарихта қалады'],
  ] as const) {
    await page.goto(`/${lang}/`);
    await page.locator('.quick-exit-help summary').click();
    const note = page.locator('[data-quick-exit-note]');
    await expect(note).toContainText(stays);
    for (const where of ['Chrome', 'Android', 'Safari', 'iPhone', 'Kundelik']) await expect(note).toContainText(where);
  }
});
