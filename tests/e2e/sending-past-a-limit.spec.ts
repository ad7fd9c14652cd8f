/**
 * A student at a school whose address has already sent 20 reports this hour: the help page gives
 * back every word with the minutes to wait and the numbers to call, without JavaScript too; with
 * JavaScript the proof of work runs by itself in the page and the report goes through. Against a
 * server of its own with the rate limits on (the shared test server has them off).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type ChildServer } from '../../scripts/lib/child-server.mjs';
import { LIMITS } from '../../src/server/rate-limit';
import { expectAccessible } from './fixtures/accessibility';
import { test as base, expect } from './fixtures/test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SCHOOL = '198.51.100.77';
const WORDS = 'Біздің сыныпта бір бала маған күнде қоқан-лоқы жасайды. Мұғалімге айтуға қорқамын.';

/** One server with the rate limits on for the whole file, behind a "proxy" so the school's address can be played. */
const test = base.extend<object, { limited: ChildServer }>({
  limited: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; this one has none.
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'zanbala-e2e-limits-'));
      const server = await startServer({
        name: 'Zanbala (rate limits on)',
        args: [join(root, 'scripts', 'start.mjs')],
        cwd: root,
        env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'zanbala.db')}`, TRUST_PROXY: '1', RATE_LIMIT: 'on' },
        readyText: 'is running at',
        startTimeoutMs: 10 * 60_000,
      });
      // The school has sent its 20 reports of the hour.
      for (let i = 0; i < LIMITS.reports.perClient.max; i++) {
        const response = await fetch(`${server.url}/api/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': SCHOOL },
          body: JSON.stringify({ region: 'astana', category: 'bullying', message: `Хабарлама ${i}: мектепте қиын.`, lang: 'kk', followUp: false }),
        });
        expect(response.status).toBe(201);
      }
      await use(server);
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ limited }, use) => use(limited.url),
  extraHTTPHeaders: { 'x-forwarded-for': SCHOOL },
});

test.describe.configure({ mode: 'serial' });

async function writeReport(page: import('@playwright/test').Page) {
  await page.goto('/kk/help/?region=astana');
  const form = page.locator('[data-report-form]');
  await form.locator('select[name="category"]').selectOption('bullying');
  await form.locator('textarea[name="message"]').fill(WORDS);
  await form.locator('input[name="contact"]').fill('@bala_tg');
  await form.locator('button[type="submit"]').click();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form past the limit still shows every word, how long to wait, and 111 and 112', async ({ page }) => {
    await writeReport(page);
    await expect(page.locator('[data-limit-notice]')).toContainText('минуттан кейін');
    await expect(page.locator('[data-limit-notice] a[href="tel:111"]')).toBeVisible();
    await expect(page.locator('[data-limit-notice] a[href="tel:112"]')).toBeVisible();
    await expect(page.locator('textarea[name="message"]')).toHaveValue(WORDS);
    await expect(page.locator('input[name="contact"]')).toHaveValue('@bala_tg');
    await expect(page.locator('select[name="category"]')).toHaveValue('bullying');
    await expect(page.locator('select[name="region"]')).toHaveValue('astana');
    await expect(page.locator('[data-proof-of-work]')).toContainText('JavaScript');
    await expect(page.locator('[data-case-code]')).toHaveCount(0);
  });
});

test.describe('with JavaScript', () => {
  test('the proof of work runs in the page, and the report goes through with every word', async ({ page }) => {
    await writeReport(page);
    await expect(page.locator('[data-limit-notice]')).toBeVisible();
    await expect(page.locator('textarea[name="message"]')).toHaveValue(WORDS);
    await expect(page.locator('[data-proof-without-script]')).toBeHidden();
    await expectAccessible(page);
    // The widget solves the server's challenge by itself and fills the form's hidden field.
    await expect(page.locator('input[name="altcha"]')).not.toHaveValue('', { timeout: 45_000 });
    await page.locator('[data-report-form] button[type="submit"]').click();
    await expect(page.locator('[data-case-code]')).toBeVisible();
    expect(await page.context().cookies()).toEqual([]);
  });
});
