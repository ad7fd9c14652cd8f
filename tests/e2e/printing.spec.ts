import { test, expect } from './fixtures/test';
import { LANGS, LESSON_KIT, POSTER_REGION, confirmedChannelUrls, firstLesson, regionIds, unconfirmedChannelUrls } from './fixtures/content';
import { A4, cm, printToPdf, readQr, siteOrigin } from './fixtures/paper';

// Sharper screenshots, so even the 3 cm channel codes are read reliably.
test.use({ deviceScaleFactor: 2 });

test.describe('a teacher printing a poster for the corridor', () => {
  test('the posters page lists every region in both languages', async ({ page }) => {
    for (const lang of LANGS) {
      await page.goto(`/${lang}/posters/`);
      for (const region of regionIds()) {
        await expect(page.locator(`a[data-poster-link="${region}"]`)).toHaveAttribute('href', `/${lang}/posters/${region}/`);
      }
    }
  });

  test("the teachers' page and every footer lead to the posters", async ({ page }) => {
    await page.goto('/kk/teachers/');
    await expect(page.locator('main a[href="/kk/posters/"]')).toBeVisible();
    await expect(page.locator('.site-footer a[href="/kk/posters/"]')).toBeVisible();
  });

  for (const [lang, region] of [
    ['kk', POSTER_REGION],
    ['ru', POSTER_REGION],
    ['kk', 'abai'],
    ['ru', 'east-kazakhstan'],
  ] as const) {
    test(`the ${region} poster in ${lang} prints as exactly one A4 page`, async ({ page }) => {
      await page.goto(`/${lang}/posters/${region}/`);
      const { pages, sizes } = await printToPdf(page);
      expect(pages).toBe(1);
      for (const [width, height] of sizes) {
        expect(Math.abs(width! - A4[0]!)).toBeLessThan(2);
        expect(Math.abs(height! - A4[1]!)).toBeLessThan(2);
      }
    });
  }

  test('on paper the poster shows only the poster, with a help-page QR code of at least 12 cm', async ({ page }) => {
    await page.goto(`/ru/posters/${POSTER_REGION}/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.safety-bar', '[data-quick-exit]', '.site-header', '.breadcrumbs', '.site-footer']) {
      await expect(page.locator(hidden).first()).toBeHidden();
    }
    const box = await page.locator('.poster-help svg').boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(cm(12));
    for (const number of ['112', '102', '111']) await expect(page.locator(`.poster a[href="tel:${number}"]`)).toBeVisible();
  });

  test("every region's poster in both languages fits its sheet, the longest names included", async ({ page }) => {
    test.slow();
    await page.emulateMedia({ media: 'print' });
    for (const lang of LANGS) {
      for (const region of regionIds()) {
        await page.goto(`/${lang}/posters/${region}/`);
        // The sheet clips at the edge of the paper, so its last line must end inside it.
        const sheet = await page.locator('.poster').boundingBox();
        const last = await page.locator('.poster > :last-child').boundingBox();
        expect(last!.y + last!.height, `${lang}/${region}`).toBeLessThanOrEqual(sheet!.y + sheet!.height);
      }
    }
  });

  for (const lang of LANGS) {
    test(`the poster's big QR code in ${lang} opens the help page of its region on the public origin`, async ({ page }) => {
      await page.goto(`/${lang}/posters/${POSTER_REGION}/`);
      const typed = new URL(`/${lang}/help/?region=${POSTER_REGION}`, await siteOrigin(page)).href;
      // The code carries src=qr so a scan is counted as one; the printed address does not.
      const expected = `${typed}&src=qr`;
      const qr = page.locator('.poster-help[data-qr]');
      expect(await readQr(qr)).toBe(expected);
      await expect(qr).toHaveAttribute('data-qr', expected);
      await expect(qr.locator('svg')).toHaveAttribute('aria-label', new RegExp(expected.replaceAll(/[.?/]/g, '\\$&')));
      await expect(qr.locator('figcaption')).toContainText(typed.replace(/^https?:\/\//, ''));
    });
  }

  test('the poster prints a QR code for each confirmed channel and none, neither link nor code, for an unconfirmed one', async ({ page }) => {
    const hidden = unconfirmedChannelUrls();
    expect(hidden.length, 'the sample channels stay unconfirmed until an office confirms its own').toBeGreaterThan(0);
    for (const lang of LANGS) {
      await page.goto(`/${lang}/posters/${POSTER_REGION}/`);
      const codes = page.locator('.poster-channels [data-qr]');
      const expected = confirmedChannelUrls(POSTER_REGION);
      await expect(codes).toHaveCount(expected.length);
      const read = [];
      for (const code of await page.locator('[data-qr]').all()) read.push(await readQr(code));
      for (const url of hidden) expect(read, url).not.toContain(url);
      expect(read.filter((url) => !url?.includes('/help/')).sort()).toEqual([...expected].sort());
      const html = await page.content();
      for (const url of hidden) expect(html, url).not.toContain(url);
      if (expected.length === 0) await expect(page.locator('.poster [data-no-channel]')).toContainText('111');
    }
  });

  test('a region without a messenger channel sends students to 111 instead', async ({ page }) => {
    await page.goto('/ru/posters/abai/');
    await expect(page.locator('.poster-channels')).toHaveCount(0);
    await expect(page.locator('.poster')).toContainText('111');
  });
});

test.describe('a teacher printing a lesson as a handout', () => {
  test('a printed lesson hides navigation and quick exit, keeps the helplines and shows its QR code', async ({ page }) => {
    const lesson = firstLesson('articles', 'kk');
    await page.goto(lesson.path);
    const qr = page.locator('.lesson-qr [data-qr]');
    await expect(qr, 'the QR code is for paper only').toBeHidden();

    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.safety-bar', '[data-quick-exit]', '.site-nav', '.breadcrumbs', '.lang-switch', '.site-footer']) {
      await expect(page.locator(hidden).first()).toBeHidden();
    }
    for (const number of ['112', '102', '111']) await expect(page.locator(`.help-box a[href="tel:${number}"]`)).toBeVisible();
    await expect(qr).toBeVisible();
    expect(await readQr(qr), 'src=print counts a scan of paper as such').toBe(new URL(`${lesson.path}?src=print`, await siteOrigin(page)).href);
  });

  test("a lesson's QR code is not downloaded on screen, only when the lesson is printed", async ({ page }) => {
    const lesson = firstLesson('articles', 'ru');
    const codes: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/qr/')) codes.push(new URL(request.url()).pathname);
    });
    await page.goto(lesson.path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(codes, 'downloaded on screen').toEqual([]);
    await expect(page.locator('.lesson-qr [data-qr] svg')).toHaveCount(0);

    await printToPdf(page);
    expect(codes).toEqual([`/qr${lesson.path.slice(0, -1)}.svg`]);
    // On the paper, not only asked for: the code was in the page before it was printed.
    await expect(page.locator('.lesson-qr [data-qr] svg')).toHaveCount(1);
  });

  for (const lang of LANGS) {
    test(`a lesson kit in ${lang} prints the student handout on a page of its own, with the help page's QR code`, async ({ page }) => {
      await page.goto(`/${lang}/articles/${LESSON_KIT}/`);
      await page.emulateMedia({ media: 'print' });
      const handout = page.locator('[data-handout]');
      await expect(handout.locator('h2')).toBeVisible();
      expect(await handout.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
      const qr = handout.locator('[data-qr]');
      await expect(qr).toBeVisible();
      expect(await readQr(qr)).toBe(new URL(`/${lang}/help/?src=print`, await siteOrigin(page)).href);
      expect((await printToPdf(page)).pages).toBeGreaterThanOrEqual(2);
    });
  }
});
