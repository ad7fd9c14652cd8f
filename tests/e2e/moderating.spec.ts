/**
 * A regional office answers students: moderators sign in, work the queue of their region, reply,
 * and the student reads the reply; the inbox refuses what a role or a missing token may not do.
 */
import { test, expect } from './fixtures/test';
import { expectAccessible } from './fixtures/accessibility';
import { addStaff, closeOpenCases, queueIds, sendReport, signIn, topCaseId } from './fixtures/inbox';

/** Regions the other browser tests do not write to, so the queue holds only this file's cases. */
const REGION = 'ulytau';
const OTHER_REGION = 'mangystau';
const LONG_QUEUE_REGION = 'kyzylorda';
const LONG_TEXT_REGION = 'atyrau';
const FLOOD_REGION = 'zhetysu';

/** Kazakh text of exactly `length` characters, every one of them two bytes in UTF-8. */
const kazakhText = (length: number, seed: string) =>
  `${seed}: `
    .concat('Сәлеметсің бе, біз сенің хатыңды оқыдық және мектеппен сөйлестік. Қорықпа, саған көмектесеміз. '.repeat(60))
    .slice(0, length - 1)
    .concat('.');

test.beforeAll(async () => {
  await closeOpenCases(REGION);
  await closeOpenCases(OTHER_REGION);
  await closeOpenCases(LONG_QUEUE_REGION);
  await closeOpenCases(LONG_TEXT_REGION);
  await closeOpenCases(FLOOD_REGION);
});

test('a moderator signs in with a strict session cookie and lands on the queue', async ({ page, context }) => {
  const moderator = addStaff('moderator', [REGION]);
  await signIn(page, moderator);
  await expect(page).toHaveURL(/\/admin\/$/);
  await expect(page.locator('h1')).toBeVisible();
  const [cookie] = await context.cookies();
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/admin/' });
});

test('five wrong passwords lock this address out of the account, and then the right password is refused too', async ({ page }) => {
  const moderator = addStaff('moderator', [REGION]);
  for (let attempt = 0; attempt < 5; attempt++) {
    await signIn(page, { ...moderator, password: 'not the password at all' });
    await expect(page.locator('.error-summary')).toBeVisible();
  }
  const failed = await page.locator('.error-summary').textContent();
  await signIn(page, moderator);
  await expect(page).toHaveURL(/\/admin\/login\/$/);
  // The same words as for a wrong password: the page does not say the account is locked.
  await expect(page.locator('.error-summary')).toHaveText(failed!);
});

test('the queue puts urgent cases first; a reply reaches the student on the case page', async ({ page, request, browser }) => {
  const message = `Мне угрожают прямо сейчас у школы (${Date.now()})`;
  await sendReport(request, { region: REGION, message: 'Старшеклассники забирают деньги на обед' });
  const urgent = await sendReport(request, { region: REGION, message, urgent: true });
  const moderator = addStaff('moderator', [REGION]);
  await signIn(page, moderator);

  // Only cases still waiting: other tests of this file leave answered ones behind.
  const rows = await queueIds(page, REGION, 'received');
  const firstCalm = rows.findIndex((row) => !row.urgent);
  expect(firstCalm).toBeGreaterThan(0);
  expect(rows.slice(firstCalm).every((row) => !row.urgent)).toBe(true);

  // This test's urgent case is the newest urgent one waiting: the last before the calm ones.
  await page.goto(`/admin/cases/${rows[firstCalm - 1]!.id}/`);
  await expect(page.locator('[data-conversation]')).toContainText(message);
  const reply = `Мы позвонили в школу, тебе помогут (${Date.now()}).`;
  await page.locator('#reply-text').fill(reply);
  await page.locator('[data-case-reply] button[type="submit"]').click();
  await expect(page.locator('[data-conversation]')).toContainText(reply);
  await expect(page.locator('.case-facts')).toHaveAttribute('data-case-status', 'answered');

  const student = await (await browser.newContext()).newPage();
  await student.goto('/ru/help/case/');
  await student.locator('#case-code').fill(urgent);
  await student.locator('[data-case-form] button[type="submit"]').click();
  await expect(student.locator('[data-author="office"]')).toContainText(reply);
  await expect(student.locator('[data-case]')).not.toContainText(moderator.name);
  await student.context().close();
});

test("a moderator gets 404 for another region's case, also by typing its address", async ({ page, request, browser }) => {
  await sendReport(request, { region: OTHER_REGION, message: 'В соседнем дворе обижают младших' });
  const admin = addStaff('admin');
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, admin);
  const id = await topCaseId(adminPage, OTHER_REGION);
  await adminPage.context().close();

  const moderator = addStaff('moderator', [REGION]);
  await signIn(page, moderator);
  expect((await queueIds(page, OTHER_REGION)).map((row) => row.id)).not.toContain(id);
  const response = await page.goto(`/admin/cases/${id}/`);
  expect(response!.status()).toBe(404);
  await expect(page.locator('main')).not.toContainText('обижают');
});

test('an analyst sees statistics and never the text of a report', async ({ page, request }) => {
  const text = `Секретный текст обращения ${Date.now()}`;
  await sendReport(request, { region: REGION, message: text });
  const analyst = addStaff('analyst');
  await signIn(page, analyst);
  await expect(page).toHaveURL(/\/admin\/statistics\/$/);
  await expect(page.locator('[data-statistics]')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(text);
  await page.goto('/admin/');
  await expect(page).toHaveURL(/\/admin\/statistics\/$/);
  expect((await page.goto('/admin/audit/'))!.status()).toBe(403);
  expect((await page.goto('/admin/cases/any-case/'))!.status()).toBe(403);
  await expect(page.locator('[data-export]')).toHaveCount(0);
});

test('a post without the CSRF token, or with a wrong one, is refused with 403', async ({ page, request }) => {
  await sendReport(request, { region: REGION, message: 'Проверка защиты формы ответа' });
  const moderator = addStaff('moderator', [REGION]);
  await signIn(page, moderator);
  const id = await topCaseId(page, REGION);
  const path = `/admin/cases/${id}/`;
  const without = await page.request.post(path, { form: { intent: 'reply', text: 'Ответ без токена' } });
  expect(without.status()).toBe(403);
  const wrong = await page.request.post(path, { form: { intent: 'reply', text: 'Ответ с чужим токеном', csrf: 'x'.repeat(43) } });
  expect(wrong.status()).toBe(403);
  await page.goto(path);
  await expect(page.locator('[data-conversation]')).not.toContainText('токен');
});

test('a reply or a note sent twice with one key, as a double click or a resent form would, is written once', async ({ page, request }) => {
  await sendReport(request, { region: REGION, message: 'Проверка двойной отправки ответа' });
  const moderator = addStaff('moderator', [REGION]);
  await signIn(page, moderator);
  const id = await topCaseId(page, REGION);
  const path = `/admin/cases/${id}/`;
  await page.goto(path);
  const reply = `Ответ один раз (${Date.now()})`;
  await page.locator('#reply-text').fill(reply);
  await page.locator('[data-case-reply] button[type="submit"]').dblclick();
  await expect(page).toHaveURL(/\?done=replied$/);
  await expect(page.locator('[data-conversation] [data-author="office"]').filter({ hasText: reply })).toHaveCount(1);

  const form = page.locator('[data-case-note]');
  const fields = {
    csrf: await form.locator('input[name="csrf"]').inputValue(),
    submissionKey: await form.locator('input[name="submissionKey"]').inputValue(),
    intent: 'note',
    text: `Заметка один раз (${Date.now()})`,
  };
  const posts = [await page.request.post(path, { form: fields, maxRedirects: 0 }), await page.request.post(path, { form: fields, maxRedirects: 0 })];
  expect(posts.map((post) => [post.status(), post.headers()['location']])).toEqual([
    [303, `${path}?done=noted`],
    [303, `${path}?done=noted`],
  ]);
  await page.goto(path);
  await expect(page.locator('[data-notes] li').filter({ hasText: fields.text })).toHaveCount(1);
});

test('after logout the old session cookie opens nothing', async ({ page, browser }) => {
  const moderator = addStaff('moderator', [REGION]);
  await signIn(page, moderator);
  const cookies = await page.context().cookies();
  await page.locator('[data-logout]').click();
  await expect(page).toHaveURL(/\/admin\/login\/$/);
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const replayPage = await replay.newPage();
  await replayPage.goto('/admin/');
  await expect(replayPage).toHaveURL(/\/admin\/login\/$/);
  await replay.close();
});

for (const lang of ['ru', 'kk'] as const) {
  test(`every inbox page in ${lang} has no accessibility violations and sends the strict headers`, async ({ page, request }) => {
    // Five pages, each with axe, the queue a table of 50 rows with their openings, on a shared machine.
    test.slow();
    await sendReport(request, { region: REGION, message: 'Обращение для проверки доступности', urgent: true });
    const admin = addStaff('admin');
    const login = await page.goto(`/admin/login/${lang === 'kk' ? '?lang=kk' : ''}`);
    expect(login!.headers()['cache-control']).toBe('no-store');
    expect(login!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expectAccessible(page);
    await signIn(page, admin, lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'kk' ? 'kk-KZ' : 'ru-KZ');
    // An urgent case waiting is at the top: the case page with every part it can show.
    const id = await topCaseId(page, REGION, 'received');
    for (const path of ['/admin/', `/admin/cases/${id}/`, '/admin/audit/', '/admin/statistics/', '/admin/users/']) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(200);
      expect(response!.headers()['cache-control'], path).toBe('no-store');
      await expectAccessible(page);
    }
  });
}

test('the audit log shows who viewed and replied to a case', async ({ page, request }) => {
  await sendReport(request, { region: REGION, message: 'Обращение для журнала действий' });
  const admin = addStaff('admin');
  await signIn(page, admin);
  const id = await topCaseId(page, REGION);
  await page.goto(`/admin/cases/${id}/`);
  await page.locator('#note-text').fill('Внутренняя заметка для журнала');
  await page.locator('[data-case-note] button[type="submit"]').click();
  await page.goto('/admin/audit/');
  const mine = page.locator('[data-audit] tbody tr', { hasText: admin.name });
  // The view, the note, and the view of the page the note's redirect lands on: every look is on the record.
  await expect(mine.filter({ has: page.locator(`a[href="/admin/cases/${id}/"]`) })).toHaveCount(3);
  await expect(page.locator('[data-audit]')).not.toContainText('Внутренняя заметка');
});

test('a long queue comes in pages of 50, oldest first, and the next page holds the rest', async ({ page, request }) => {
  const sent: string[] = [];
  for (let i = 0; i < 51; i++) sent.push(await sendReport(request, { region: LONG_QUEUE_REGION, message: `Обращение номер ${i} из длинной очереди` }));
  const moderator = addStaff('moderator', [LONG_QUEUE_REGION]);
  await signIn(page, moderator);

  const first = await queueIds(page, LONG_QUEUE_REGION);
  expect(first).toHaveLength(50);
  await page.locator('[data-queue-next]').click();
  await expect(page).toHaveURL(new RegExp(`region=${LONG_QUEUE_REGION}.*page=2`));
  const second = await page.locator('[data-queue] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-case-id')));
  expect(second).toHaveLength(1);
  expect(first.map((row) => row.id)).not.toContain(second[0]);
  await expect(page.locator('[data-queue-next]')).toHaveCount(0);
  await expect(page.locator('a[rel="prev"]')).toBeVisible();
  await expectAccessible(page);
});

test('a reply of 4,900 Kazakh characters goes through; one over the limit comes back with its text and a clear message', async ({ page, request, browser }) => {
  const student = '\u202eМені мектепте ренжітеді\u202c, көмектесіңдер';
  const caseCode = await sendReport(request, { region: LONG_TEXT_REGION, message: student, lang: 'kk' });
  const moderator = addStaff('moderator', [LONG_TEXT_REGION]);
  await signIn(page, moderator);
  const id = await topCaseId(page, LONG_TEXT_REGION, 'received');
  await page.goto(`/admin/cases/${id}/`);
  // A right-to-left override in the student's text stays inside it.
  const studentText = page.locator('[data-author="student"] .text bdi');
  await expect(studentText).toHaveText(student);
  expect(await studentText.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate');

  const reply = kazakhText(4900, 'Жауап');
  expect(reply).toHaveLength(4900);
  await page.locator('#reply-text').fill(reply);
  await page.locator('[data-case-reply] button[type="submit"]').click();
  await expect(page.locator('[data-author="office"] .text')).toHaveText(reply);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/kk/help/case/');
  await reader.locator('#case-code').fill(caseCode);
  await reader.locator('[data-case-form] button[type="submit"]').click();
  await expect(reader.locator('[data-author="office"] .text')).toHaveText(reply);
  await reader.context().close();

  // Past the textarea's limit (a browser that ignores maxlength): refused, said so, the text kept.
  const tooLong = kazakhText(5600, 'Тым ұзын');
  await page.locator('#reply-text').evaluate((textarea) => textarea.removeAttribute('maxlength'));
  await page.locator('#reply-text').fill(tooLong);
  await page.locator('[data-case-reply] button[type="submit"]').click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('#reply-text')).toHaveValue(tooLong);
  await expect(page.locator('body')).not.toContainText('security token');

  // Far past any form: the body is cut, which the page says, keeping what arrived.
  const huge = kazakhText(5000, 'Өте ұзын').repeat(3);
  await page.locator('#reply-text').evaluate((textarea) => textarea.removeAttribute('maxlength'));
  await page.locator('#reply-text').fill(huge);
  await page.locator('[data-case-reply] button[type="submit"]').click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('security token');
  const kept = await page.locator('#reply-text').inputValue();
  expect(kept.length).toBeGreaterThan(4000);
  expect(huge.startsWith(kept)).toBe(true);
  await expect(page.locator('[data-author="office"]')).toHaveCount(1);
});

test("a flood of junk reports is marked, and the region's moderator closes its waiting reports at once, on the record", async ({ page, request }) => {
  test.setTimeout(120_000);
  // Far above any region's normal rate: a flood. The browser tests run without rate limits, so every report of it is marked.
  for (let i = 0; i < 40; i++) await sendReport(request, { region: FLOOD_REGION, message: `Срочно! Срочно! Номер ${i}`, urgent: true });
  const moderator = addStaff('moderator', [FLOOD_REGION]);
  await signIn(page, moderator);
  const rows = await queueIds(page, FLOOD_REGION, 'received');
  expect(rows.length).toBeGreaterThanOrEqual(40);
  await expect(page.locator('[data-queue] tbody tr[data-suspected-flood]').first()).toContainText('возможна массовая рассылка');
  const flood = page.locator('[data-floods] [data-flood-region="zhetysu"]').first();
  await expect(flood).toContainText('продолжается');
  await expectAccessible(page);

  const button = flood.locator('[data-flood-close] button');
  const count = Number(/\((\d+)\)/.exec((await button.textContent())!)![1]);
  expect(count).toBeGreaterThanOrEqual(40);
  await button.click();
  await expect(page).toHaveURL(new RegExp(`/admin/\\?floodClosed=${count}$`));
  await expect(page.locator('[data-flood-closed]')).toHaveText(`Закрыто обращений: ${count}.`);
  expect(await queueIds(page, FLOOD_REGION, 'received')).toEqual([]);
  await expect(page.locator('[data-floods] [data-flood-region="zhetysu"] [data-flood-close]')).toHaveCount(0);

  const admin = addStaff('admin');
  await signIn(page, admin);
  await page.goto('/admin/audit/');
  await expect(page.locator('[data-audit] tbody tr', { hasText: moderator.name }).filter({ hasText: 'закрытие обращений рассылки' })).toContainText(
    `${count} reports of the flood`,
  );
  await expect(page.locator('[data-audit]')).toContainText('начало массовой рассылки');
});
