/**
 * A student finds the right helper, writes to the prosecutor's office without a name, keeps the
 * case code, reads the office's reply, writes back and erases the case: with JavaScript on and
 * off, in both languages.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { expectAccessible } from './fixtures/accessibility';
import { LANGS, confirmedChannelUrls, type Lang } from './fixtures/content';
import { replyAsOffice } from './fixtures/store';

const MESSAGES: Record<Lang, string> = {
  kk: 'Сыныптастарым мені чатта күнде мазақ етеді. <b>Не істеймін?</b>',
  ru: 'Одноклассники каждый день смеются надо мной в чате. <b>Что делать?</b>',
};

/** The law's exception for anonymous appeals, as the help page says it to 15-18 year olds. */
const STATE_OR_PUBLIC_SECURITY: Record<Lang, string> = {
  kk: 'мемлекеттік немесе қоғамдық қауіпсіздікке қатер',
  ru: 'угрозе государственной или общественной безопасности',
};

/** Fills the report form as a student would; the region comes from the poster's QR code. */
async function writeReport(page: Page, lang: Lang, { followUp = 'yes' }: { followUp?: 'yes' | 'no' } = {}) {
  const form = page.locator('[data-report-form]');
  await form.locator('select[name="category"]').selectOption('cyberbullying');
  await form.locator('textarea[name="message"]').fill(MESSAGES[lang]);
  await form.locator(`input[name="followUp"][value="${followUp}"]`).check();
  await form.locator('button[type="submit"]').click();
}

async function openCase(page: Page, lang: Lang, caseCode: string) {
  await page.goto(`/${lang}/help/case/`);
  await page.locator('#case-code').fill(caseCode);
  await page.locator('[data-case-form] button[type="submit"]').click();
}

for (const lang of LANGS) {
  for (const javaScriptEnabled of [false, true]) {
    test.describe(`in ${lang} with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });

      test('a student goes from the help page to a case code, reads the reply, writes back and erases the case', async ({ page }) => {
        await page.goto(`/${lang}/help/?region=astana`);
        await expect(page.locator('select[name="region"]')).toHaveValue('astana');
        if (confirmedChannelUrls('astana').length > 0) await expect(page.locator('[data-channels-region="astana"] a[data-channel]').first()).toBeVisible();
        else {
          await expect(page.locator('[data-no-channel]')).toContainText('Астана');
          await expect(page.locator('[data-no-channel] a[href="tel:111"]')).toBeVisible();
        }

        await writeReport(page, lang);
        const caseCode = (await page.locator('[data-case-code]').textContent())!.trim();
        expect(caseCode).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
        expect(page.url()).not.toContain(caseCode.replace(/ /g, ''));

        await openCase(page, lang, caseCode.replace(/ /g, '-'));
        await expect(page.locator('[data-case]')).toHaveAttribute('data-case-status', 'received');
        await expect(page.locator('[data-author="student"] .text')).toHaveText(MESSAGES[lang]);
        expect(page.url()).toMatch(new RegExp(`/${lang}/help/case/view/$`));

        await replyAsOffice(caseCode, 'Біз хатыңды алдық / Мы получили твоё сообщение.');
        await openCase(page, lang, caseCode);
        await expect(page.locator('[data-case]')).toHaveAttribute('data-case-status', 'answered');
        await expect(page.locator('[data-author="office"] .text')).toContainText('Мы получили');

        await page.locator('#case-reply-text').fill('Рахмет! / Спасибо!');
        await page.locator('[data-case-reply] button[type="submit"]').click();
        await expect(page.locator('[data-author="student"]')).toHaveCount(2);
        await expect(page.locator('[data-case]')).toHaveAttribute('data-case-status', 'in-review');

        await page.locator('.case-erase button').click();
        await page.locator('button.danger').click();
        await expect(page.locator('[data-case-erased]')).toBeVisible();
        await openCase(page, lang, caseCode);
        await expect(page.locator('#case-code-error')).toBeVisible();
      });

      test('a report that needs no answer gets no code', async ({ page }) => {
        await page.goto(`/${lang}/help/?region=almaty`);
        await writeReport(page, lang, { followUp: 'no' });
        await expect(page.locator('#sent-title')).toBeVisible();
        await expect(page.locator('[data-case-code]')).toHaveCount(0);
      });

      test('a message that is too short is sent back with the error beside it and nothing lost', async ({ page }) => {
        await page.goto(`/${lang}/help/?region=astana`);
        const form = page.locator('[data-report-form]');
        await form.locator('select[name="category"]').selectOption('drugs');
        await form.locator('textarea[name="message"]').fill('көмек');
        await form.locator('input[name="contact"]').fill('@someone');
        await form.locator('button[type="submit"]').click();
        await expect(page.locator('.error-summary a[href="#report-message"]')).toBeVisible();
        await expect(page.locator('#report-message')).toHaveAttribute('aria-invalid', 'true');
        await expect(form.locator('textarea[name="message"]')).toHaveValue('көмек');
        await expect(form.locator('select[name="category"]')).toHaveValue('drugs');
        await expect(form.locator('input[name="contact"]')).toHaveValue('@someone');
        // axe runs as a script in the page, so it can only check the form with JavaScript on.
        if (javaScriptEnabled) await expectAccessible(page);
      });
    });
  }

  test(`in ${lang}, ticking "in danger now" shows 112 and 102 at once and the result repeats them`, async ({ page }) => {
    await page.goto(`/${lang}/help/`);
    const urgentNow = page.locator('[data-urgent-now]');
    await expect(urgentNow).toBeHidden();
    await page.locator('#report-urgent').check();
    await expect(urgentNow.locator('a[href="tel:112"]')).toBeVisible();
    await expect(urgentNow.locator('a[href="tel:102"]')).toBeVisible();
    await page.locator('select[name="region"]').selectOption('shymkent');
    await writeReport(page, lang);
    await expect(page.locator('.report-sent a[href="tel:112"]')).toBeVisible();
    await expectAccessible(page);
  });

  test(`in ${lang}, each way to a helper is one section away, in words for the age picked`, async ({ page }) => {
    await page.goto(`/${lang}/help/`);
    const neutral = await page.locator('#danger p').first().textContent();
    const truthNeutral = await page.locator('#before-writing').textContent();
    for (const section of ['danger', 'talk', 'report', 'school']) {
      await expect(page.locator(`.help-ways a[href="#${section}"]`)).toBeVisible();
      await expect(page.locator(`section#${section}`)).toHaveCount(1);
    }
    await expect(page.locator('#danger a[href="tel:112"]')).toBeVisible();
    await expect(page.locator('#talk a[href="tel:111"]')).toBeVisible();
    await page.locator('.tier-picker a').first().click();
    await expect(page).toHaveURL(/tier=7-10/);
    await expect(page.locator('body')).toHaveClass(/tier-7-10/);
    expect(await page.locator('#danger p').first().textContent()).not.toBe(neutral);
    const truthYoungest = await page.locator('#before-writing').textContent();
    expect(truthYoungest).not.toBe(truthNeutral);

    // For 7-10 the age choice folds into one line, the age and "change".
    await page.locator('.tier-picker summary').click();
    await page.locator('.tier-picker a').nth(2).click();
    await expect(page).toHaveURL(/tier=15-18/);
    await expect(page.locator('#before-writing')).toContainText(STATE_OR_PUBLIC_SECURITY[lang]);
    expect(await page.locator('#before-writing').textContent()).not.toBe(truthYoungest);
  });

  test(`in ${lang}, a counter under the message says how much is written, and shows only with JavaScript`, async ({ page, browser }) => {
    await page.goto(`/${lang}/help/`);
    const counter = page.locator('[data-char-count] .shown');
    await page.locator('#report-message').fill('көмек');
    await expect(counter).toContainText('5 ');
    await expect(counter).toContainText('5000');
    await expect(counter).toContainText('10');
    await page.locator('#report-message').fill('Мектепте мені ұрады, көмектесіңдерші');
    await expect(counter).not.toContainText('10');
    await expect(page.locator('[data-char-count] [aria-live]')).toHaveText(/5000/);

    const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
    const plain = await withoutScripts.newPage();
    await plain.goto(`/${lang}/help/`);
    await expect(plain.locator('[data-char-count]')).toBeHidden();
    await withoutScripts.close();
  });

  test(`in ${lang}, the form keeps nothing in the browser`, async ({ page }) => {
    await page.goto(`/${lang}/help/`);
    await expect(page.locator('[data-report-form]')).toHaveAttribute('autocomplete', 'off');
    const fields = page.locator('[data-report-form] :is(textarea, select, input[type="text"])');
    expect(await fields.count()).toBeGreaterThanOrEqual(5);
    for (const field of await fields.all()) await expect(field).toHaveAttribute('autocomplete', 'off');
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });

  test(`in ${lang}, an open case has no accessibility violations`, async ({ page }) => {
    await page.goto(`/${lang}/help/`);
    await page.locator('select[name="region"]').selectOption('abai');
    await writeReport(page, lang);
    const caseCode = (await page.locator('[data-case-code]').textContent())!.trim();
    await expectAccessible(page);
    await openCase(page, lang, caseCode);
    await expect(page.locator('[data-case]')).toBeVisible();
    await expectAccessible(page);
  });
}

/** Kazakh text of exactly `length` characters, every one of them six bytes in a form's url-encoding. */
const kazakhText = (length: number, seed: string) =>
  `${seed}: `
    .concat('Сыныптастарым мені күнде мазақ етеді, мұғалімге айтуға қорқамын. Не істеуім керек? '.repeat(70))
    .slice(0, length - 1)
    .concat('.');

test.describe('long Kazakh text without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a message of 4,900 Kazakh characters goes through the form whole, and a reply of the same length too', async ({ page }) => {
    const message = kazakhText(4900, 'Хат');
    expect(message).toHaveLength(4900);
    await page.goto('/kk/help/?region=astana');
    const form = page.locator('[data-report-form]');
    await form.locator('select[name="category"]').selectOption('bullying');
    await form.locator('textarea[name="message"]').fill(message);
    await form.locator('input[name="followUp"][value="yes"]').check();
    await form.locator('button[type="submit"]').click();
    const caseCode = (await page.locator('[data-case-code]').textContent())!.trim();

    await openCase(page, 'kk', caseCode);
    await expect(page.locator('[data-author="student"] .text')).toHaveText(message);
    const reply = kazakhText(4900, 'Жауап');
    await page.locator('#case-reply-text').fill(reply);
    await page.locator('[data-case-reply] button[type="submit"]').click();
    await expect(page.locator('[data-author="student"] .text').nth(1)).toHaveText(reply);
  });

  test("a message far over the limit comes back as far as it arrived, with the reason in the child's words", async ({ page }) => {
    const message = kazakhText(5000, 'Өте ұзын').repeat(3);
    await page.goto('/kk/help/?region=astana');
    const form = page.locator('[data-report-form]');
    await form.locator('select[name="category"]').selectOption('bullying');
    await form.locator('textarea[name="message"]').evaluate((textarea) => textarea.removeAttribute('maxlength'));
    await form.locator('textarea[name="message"]').fill(message);
    await form.locator('button[type="submit"]').click();
    await expect(page.locator('[role="alert"]').first()).toContainText('тым ұзын');
    const kept = await page.locator('textarea[name="message"]').inputValue();
    expect(kept.length).toBeGreaterThan(4000);
    expect(message.startsWith(kept)).toBe(true);
    await expect(page.locator('select[name="category"]')).toHaveValue('bullying');
  });
});
