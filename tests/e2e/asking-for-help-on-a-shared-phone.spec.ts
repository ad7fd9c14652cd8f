/**
 * A child writes on a phone shared with a parent or a sibling: once the report is sent or the case
 * is read, Back, Reload and a reopened tab bring back neither the code nor the conversation and file
 * nothing; a second post of the same form files nothing; the code is easy to keep. On a 360×780
 * phone, in both languages, with JavaScript on and off.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { formatDate } from '../../src/lib/dates';
import { addWorkingDays, endOfAlmatyDay } from '../../src/lib/working-days';
import { expectAccessible } from './fixtures/accessibility';
import { LANGS, type Lang } from './fixtures/content';
import { storedMessages } from './fixtures/reports';
import { replyAsOffice } from './fixtures/store';
import { expect, test } from './fixtures/test';

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

const MESSAGES: Record<Lang, string> = {
  kk: 'Үйде ағам мені ұрады, анама айтуға қорқамын.',
  ru: 'Дома старший брат меня бьёт, боюсь сказать маме.',
};
const CLOSED: Record<Lang, string> = { kk: 'Бұл бет жабылды', ru: 'Эта страница закрыта' };

/** A message no other test sends, so the store can be asked how often it was filed. */
const uniqueMessage = (lang: Lang) => `${MESSAGES[lang]} ${randomUUID().slice(0, 8)}`;

/** Fills and sends the report form; the region comes from the poster's QR code. */
async function sendReport(page: Page, lang: Lang, message: string, region = 'astana') {
  await page.goto(`/${lang}/help/?region=${region}`);
  const form = page.locator('[data-report-form]');
  await form.locator('select[name="category"]').selectOption('violence-home');
  await form.locator('textarea[name="message"]').fill(message);
  await form.locator('input[name="followUp"][value="yes"]').check();
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/help/sent/$`));
  return (await page.locator('[data-case-code]').textContent())!.trim();
}

/** What a shared phone shows after the child is done: the closed page, with nothing of the case. */
async function expectClosed(page: Page, lang: Lang, secrets: string[]) {
  await expect(page.locator('[data-view-closed]')).toBeVisible();
  await expect(page.locator('[data-view-closed] h2')).toContainText(CLOSED[lang]);
  await expect(page.locator('[data-case-code], [data-case], [data-conversation]')).toHaveCount(0);
  const text = await page.locator('body').innerText();
  const html = await page.content();
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(html).not.toContain(secret);
  }
  await expect(page.locator('#case-code')).toHaveValue('');
}

const digitsOf = (code: string) => code.replace(/ /g, '');

for (const lang of LANGS) {
  for (const javaScriptEnabled of [false, true]) {
    test.describe(`in ${lang} with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });

      test('after a report is sent, Back, Reload and a reopened tab show no code and file nothing', async ({ page, context }) => {
        const message = uniqueMessage(lang);
        const code = await sendReport(page, lang, message);
        expect(code).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
        const sentUrl = page.url();
        for (const secret of [code, digitsOf(code), 'zanbala_view']) expect(sentUrl).not.toContain(secret);
        expect(await storedMessages(message)).toBe(1);

        await page.reload();
        await expectClosed(page, lang, [code, digitsOf(code), message]);

        await page.goBack();
        await expect(page).toHaveURL(new RegExp(`/${lang}/help/\\?region=astana$`));
        await expect(page.locator('textarea[name="message"]')).toHaveValue('');
        await expect(page.locator('[data-case-code]')).toHaveCount(0);

        await page.goForward();
        await expectClosed(page, lang, [code, digitsOf(code), message]);

        const reopened = await context.newPage();
        await reopened.goto(sentUrl);
        await expectClosed(reopened, lang, [code, digitsOf(code), message]);
        expect(await storedMessages(message)).toBe(1);
        if (javaScriptEnabled) await expectAccessible(reopened);

        // Back straight from the code, then Forward: the browser keeps no copy of the page to restore.
        const next = uniqueMessage(lang);
        const nextCode = await sendReport(page, lang, next);
        await page.goBack();
        await expect(page.locator('[data-report-form]')).toBeVisible();
        await page.goForward();
        await expectClosed(page, lang, [nextCode, digitsOf(nextCode), next]);
        expect(await storedMessages(next)).toBe(1);
      });

      test('after a case is opened and answered, Back, Reload and a reopened tab show no conversation and send nothing again', async ({ page, context }) => {
        const message = uniqueMessage(lang);
        const code = await sendReport(page, lang, message);
        await replyAsOffice(code, 'Біз хатыңды алдық / Мы получили твоё сообщение');
        await page.goto(`/${lang}/help/case/`);
        await page.locator('#case-code').fill(code);
        await page.locator('[data-case-form] button[type="submit"]').click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/help/case/view/$`));
        await expect(page.locator('[data-author="office"] .text')).toContainText('Мы получили');
        const viewUrl = page.url();

        const reply = `${lang === 'kk' ? 'Рахмет, тағы не істейін?' : 'Спасибо, а что мне делать дальше?'} ${randomUUID().slice(0, 8)}`;
        await page.locator('#case-reply-text').fill(reply);
        await page.locator('[data-case-reply] button[type="submit"]').click();
        await expect(page.locator('[data-author="student"]')).toHaveCount(2);
        expect(page.url()).toBe(viewUrl);
        expect(await storedMessages(reply)).toBe(1);

        const replyKey = await page.locator('[data-case-reply] input[name="submissionKey"]').inputValue();
        const secrets = [code, digitsOf(code), message, reply, 'Мы получили'];
        await page.reload();
        await expectClosed(page, lang, secrets);
        await page.goBack();
        await expect(page.locator('[data-author]')).toHaveCount(0);
        await page.goBack();
        await expect(page).toHaveURL(new RegExp(`/${lang}/help/case/$`));
        await expect(page.locator('#case-code')).toHaveValue('');
        await page.goForward();
        await page.goForward();
        await expectClosed(page, lang, secrets);

        const reopened = await context.newPage();
        await reopened.goto(viewUrl);
        await expectClosed(reopened, lang, secrets);
        expect(await storedMessages(reply)).toBe(1);
        expect(await storedMessages(message)).toBe(1);

        // The last view's reply form sent twice with its one key, as a double tap would: one more message.
        const twice = `${reply} (2)`;
        const replyAgain = () =>
          page.request.post(`/${lang}/help/case/`, { form: { intent: 'reply', caseCode: code, text: twice, submissionKey: replyKey }, maxRedirects: 0 });
        expect([(await replyAgain()).status(), (await replyAgain()).status()]).toEqual([303, 303]);
        expect(await storedMessages(twice)).toBe(1);
      });

      test('a form sent twice with one key files one report, and the second answer does not show the code again', async ({ page }) => {
        const message = uniqueMessage(lang);
        await page.goto(`/${lang}/help/?region=shymkent`);
        const form = page.locator('[data-report-form]');
        await form.locator('select[name="category"]').selectOption('bullying');
        await form.locator('textarea[name="message"]').fill(message);
        // A double tap on a slow network: the browser sends the form twice and follows the last answer.
        await form.locator('button[type="submit"]').dblclick();
        await expect(page).toHaveURL(new RegExp(`/${lang}/help/sent/$`));
        await expect(page.locator('[data-report-sent], [data-view-closed]')).toHaveCount(1);
        expect(await storedMessages(message)).toBe(1);

        // The same form posted twice more by hand, as "resend" would: one report, and its code shows once.
        const fields = await page.goto(`/${lang}/help/?region=shymkent`).then(() => formFields(page));
        const again = uniqueMessage(lang);
        const post = () => page.request.post(`/${lang}/help/`, { form: { ...fields, message: again, category: 'bullying' }, maxRedirects: 0 });
        const [first, second] = [await post(), await post()];
        expect([first.status(), second.status()]).toEqual([303, 303]);
        expect(second.headers()['location']).toBe(`/${lang}/help/sent/`);
        expect(await storedMessages(again)).toBe(1);
        await page.goto(`/${lang}/help/sent/`);
        await expect(page.locator('[data-case-code]')).toHaveCount(1);
        const code = (await page.locator('[data-case-code]').textContent())!.trim();
        await page.reload();
        await expectClosed(page, lang, [code, again]);
        // A third post of the key after the code was seen: nothing filed, and the code never again.
        expect((await post()).status()).toBe(303);
        await page.goto(`/${lang}/help/sent/`);
        await expectClosed(page, lang, [code, again]);
        expect(await storedMessages(again)).toBe(1);
      });
    });
  }

  test(`in ${lang}, the copy button puts the code, in groups of four, on the clipboard`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const code = await sendReport(page, lang, uniqueMessage(lang));
    await expect(page.locator('[data-case-code] span')).toHaveText(code.split(' '));
    const copy = page.locator('[data-copy-code] button');
    await expect(copy).toBeVisible();
    await copy.click();
    await expect(page.locator('[data-copy-code] [role="status"]')).not.toBeEmpty();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await expectAccessible(page);
  });

  test(`in ${lang}, the page after sending says how to keep the code, when the answer is due and whom to call now`, async ({ page }) => {
    const code = await sendReport(page, lang, uniqueMessage(lang), 'abai');
    await expect(page.locator('.keep')).toContainText(lang === 'kk' ? 'суретке түсір' : 'сфотографируй');
    const holidays = new Set((parse(readFileSync('content/data/holidays.yaml', 'utf8')) as { id: string }[]).map((day) => day.id));
    const regions = parse(readFileSync('content/data/regions.yaml', 'utf8')) as { id: string; answerDays?: number }[];
    const days = regions.find((region) => region.id === 'abai')!.answerDays ?? 10;
    const due = formatDate(lang, endOfAlmatyDay(addWorkingDays(new Date(), days, holidays)));
    await expect(page.locator('[data-answer-by]')).toContainText(due);
    await expect(page.locator('.danger-now a[href="tel:112"]')).toBeVisible();
    await expect(page.locator('.danger-now a[href="tel:102"]')).toBeVisible();

    // "Open my case" carries the code there in a post: the case opens, and the address holds nothing.
    await page.locator('[data-open-case] button').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/help/case/view/$`));
    await expect(page.locator('[data-case]')).toHaveAttribute('data-case-status', 'received');
    expect(page.url()).not.toContain(digitsOf(code));
    await expectAccessible(page);
  });

  test(`in ${lang}, "Do you have a case code?" is one tap from the first screen of the home and help pages`, async ({ page }) => {
    for (const path of [`/${lang}/`, `/${lang}/help/`]) {
      await page.goto(path);
      const way = page.locator('[data-case-way]');
      await expect(way).toBeVisible();
      const box = (await way.boundingBox())!;
      expect(box.y + box.height, `${path}: on the first screen`).toBeLessThanOrEqual(780);
      await way.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/help/case/$`));
      await expect(page.locator('#case-code')).toBeVisible();
    }
  });
}

/** The report form's fields as the browser would post them, the submission key among them. */
async function formFields(page: Page): Promise<Record<string, string>> {
  const key = await page.locator('[data-report-form] input[name="submissionKey"]').inputValue();
  const lang = await page.locator('[data-report-form] input[name="lang"]').inputValue();
  expect(key).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  return { lang, region: 'shymkent', followUp: 'yes', submissionKey: key };
}
