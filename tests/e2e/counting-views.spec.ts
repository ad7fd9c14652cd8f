/**
 * Page views are counted once per page load, by the browser, without cookies or storage; not
 * when the browser asks not to be tracked, and not for crawlers.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures/test';
import { expectAccessible } from './fixtures/accessibility';
import { addStaff, signIn } from './fixtures/inbox';
import { todaysViews, viewsIn } from './fixtures/reach';

test.describe.configure({ mode: 'serial' });

test('one page load counts one view, with no cookie and nothing stored in the browser', async ({ page, context }) => {
  const path = '/ru/topics/bullying/';
  const before = viewsIn(await todaysViews(path), 'site');
  const hits: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/hits')) hits.push(request.postData() ?? '');
  });
  // The view is sent by /hit.js, loaded once the page has painted: a busy machine can leave the network idle before it.
  const answered = page.waitForResponse((response) => response.url().endsWith('/api/hits'));
  await page.goto(path);
  await answered;
  await page.waitForLoadState('networkidle');
  expect(hits).toEqual([JSON.stringify({ path, lang: 'ru', source: 'site', region: '' })]);
  expect(viewsIn(await todaysViews(path), 'site')).toBe(before + 1);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
});

test("a poster's QR code counts the help page as a scan, with the poster's region", async ({ page }) => {
  const path = '/kk/help/';
  const before = viewsIn(await todaysViews(path), 'qr', 'ulytau');
  const answered = page.waitForResponse((response) => response.url().endsWith('/api/hits'));
  await page.goto(`${path}?region=ulytau&src=qr`);
  await answered;
  expect(viewsIn(await todaysViews(path), 'qr', 'ulytau')).toBe(before + 1);
});

test('Global Privacy Control and Do Not Track send nothing', async ({ browser }) => {
  for (const init of [
    'Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true })',
    'Object.defineProperty(Navigator.prototype, "doNotTrack", { get: () => "1" })',
  ]) {
    const context = await browser.newContext();
    await context.addInitScript(init);
    const page = await context.newPage();
    const hits: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/hits')) hits.push(request.url());
    });
    // The script that would send the view runs once it has come.
    const loaded = page.waitForResponse((response) => response.url().endsWith('/hit.js'));
    await page.goto('/ru/topics/');
    await loaded;
    await page.waitForLoadState('networkidle');
    expect(hits, init).toEqual([]);
    await context.close();
  }
});

test('a crawler is not counted', async ({ browser }) => {
  const path = '/kk/topics/bullying/';
  const before = viewsIn(await todaysViews(path), 'site');
  const context = await browser.newContext({ userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' });
  const page = await context.newPage();
  const answered = page.waitForResponse((response) => response.url().endsWith('/api/hits'));
  await page.goto(path);
  expect((await answered).status()).toBe(204);
  expect(viewsIn(await todaysViews(path), 'site')).toBe(before);
  await context.close();
});

test('an analyst reads page views by period, lang, audience, kind, source and region, as charts that pass axe', async ({ page }) => {
  await signIn(page, addStaff('analyst'));
  await page.goto('/admin/reach/');
  await expect(page.locator('h1')).toHaveText('Просмотры страниц');
  await expect(page.locator('[data-bar-chart]')).toHaveCount(7);
  await expect(page.locator('[data-bar-chart] caption').first()).toContainText('По неделям');
  await expect(page.locator('body')).not.toContainText(/зрител|читател/i);
  await expectAccessible(page);
  const download = page.waitForEvent('download');
  await page.locator('[data-reach-export]').click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('day,path,lang,source,region,views');
  expect(csv).toContain(',/ru/topics/bullying/,ru,site,,');
});
