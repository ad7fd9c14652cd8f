import { test, expect } from './fixtures/test';
import { expectAccessible } from './fixtures/accessibility';
import { LANGS, templatePages } from './fixtures/content';

for (const lang of LANGS) {
  for (const [template, path] of Object.entries(templatePages(lang))) {
    test.describe(`the ${template} page in ${lang}`, () => {
      test('carries the helplines as tel: links, the quick-exit button and a skip link', async ({ page }) => {
        await page.goto(path);
        for (const number of ['112', '102', '111']) {
          await expect(page.locator(`.safety-bar a[href="tel:${number}"]`)).toBeVisible();
        }
        await expect(page.locator('[data-quick-exit]')).toBeVisible();
        await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main');
        await expect(page.locator('main#main')).toHaveCount(1);
      });

      test('has no accessibility violations (axe, WCAG 2.2 AA)', async ({ page }) => {
        await page.goto(path);
        await expectAccessible(page);
      });

      test('has no accessibility violations in dark mode', async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.goto(path);
        await expectAccessible(page);
      });

      test('fits a 320 px wide phone without sideways scrolling', async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });

      test('carries a strict Content-Security-Policy and breaks none of it', async ({ page }) => {
        const response = await page.goto(path);
        await page.waitForLoadState('networkidle');
        const header = response!.headers()['content-security-policy'] ?? '';
        for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", 'frame-ancestors ']) expect(header).toContain(directive);
        // The script and style half: Astro's hashes, in the page (prerendered) or a second header (on demand).
        const metas = page.locator('meta[http-equiv="content-security-policy"]');
        const meta = (await metas.count()) > 0 ? await metas.getAttribute('content') : null;
        const policy = `${header}\n${meta ?? ''}`;
        expect(policy).toContain("default-src 'self'");
        expect(policy).toMatch(/script-src 'self'[^;]*'sha256-/);
        expect(policy).not.toContain("'unsafe-inline'");
        expect(policy).not.toContain("'unsafe-eval'");
        // Breaches are caught by the watch of every test (fixtures/test.ts).
      });

      test('sets no cookie and loads nothing from another origin', async ({ page, context }) => {
        const response = await page.goto(path);
        await page.waitForLoadState('networkidle');
        expect(response!.headers()['set-cookie']).toBeUndefined();
        expect(await context.cookies()).toEqual([]);
      });
    });
  }
}
