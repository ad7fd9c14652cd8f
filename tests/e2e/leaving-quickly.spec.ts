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
  await expect(page.locator('.quick-exit-help p')).toContainText('Shift');
  await expect(page.locator('.quick-exit-help p')).toContainText('истори');
});
