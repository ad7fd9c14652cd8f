/**
 * A regional office works a long queue: a moderator takes a case, hands it to a colleague of the
 * region or leaves it to the region, sees which cases are late or nearly so, finds a case by a word
 * of its message typed with or without Kazakh letters, and never finds another region's cases.
 */
import { test, expect } from './fixtures/test';
import { expectAccessible } from './fixtures/accessibility';
import { addStaff, closeOpenCases, sendReport, signIn, topCaseId } from './fixtures/inbox';
import { CasePage, QueuePage, setDueDate } from './fixtures/queue';

/** Regions no other browser test writes to. */
const REGION = 'pavlodar';
const OTHER_REGION = 'north-kazakhstan';

/** A word nobody else writes, in Kazakh letters, and the same word typed on a Russian keyboard. */
function uniqueWord(): { kazakh: string; plain: string } {
  const letters = 'қғңөұүәі';
  const plainOf: Record<string, string> = { қ: 'к', ғ: 'г', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', ә: 'а', і: 'и' };
  let kazakh = 'сә';
  for (let i = 0; i < 8; i++) kazakh += letters[Math.floor(Math.random() * letters.length)]! + 'ла'[i % 2];
  return { kazakh, plain: [...kazakh].map((letter) => plainOf[letter] ?? letter).join('') };
}

test.beforeAll(async () => {
  await closeOpenCases(REGION);
  await closeOpenCases(OTHER_REGION);
});

test('a moderator takes a case, hands it to a colleague of the region, and leaves it to the region; the queue filters by owner', async ({
  page,
  request,
  browser,
}) => {
  await sendReport(request, { region: REGION, message: 'Мені мектепте үлкен балалар ренжітеді', lang: 'kk' });
  const aigerim = addStaff('moderator', [REGION]);
  const bolat = addStaff('moderator', [REGION]);
  const elsewhere = addStaff('moderator', [OTHER_REGION]);
  await signIn(page, aigerim);
  const id = await topCaseId(page, REGION, 'received');
  const queue = new QueuePage(page);
  const casePage = new CasePage(page);

  await casePage.open(id);
  await expect(casePage.owner()).not.toContainText(aigerim.name);
  // Only moderators of the case's region are offered.
  await expect(page.locator('#case-owner-to option')).toContainText([bolat.name]);
  await expect(page.locator('#case-owner-to')).not.toContainText(elsewhere.name);
  await casePage.take();
  await expect(casePage.owner()).toContainText(aigerim.name);
  await queue.open({ region: REGION, owner: 'mine' });
  expect(await queue.ids()).toEqual([id]);
  expect(await queue.ownerOf(id)).toBe(aigerim.name);

  await casePage.open(id);
  await casePage.handTo(bolat.name);
  await expect(casePage.owner()).toContainText(bolat.name);
  await queue.open({ region: REGION, owner: 'mine' });
  await expect(page.locator('[data-queue-empty]')).toBeVisible();

  const bolatPage = await (await browser.newContext()).newPage();
  await signIn(bolatPage, bolat);
  const bolatQueue = new QueuePage(bolatPage);
  await bolatQueue.open({ region: REGION, owner: 'mine' });
  expect(await bolatQueue.ids()).toEqual([id]);
  const bolatCase = new CasePage(bolatPage);
  await bolatCase.open(id);
  await bolatCase.release();
  await bolatQueue.open({ region: REGION, owner: 'none' });
  expect(await bolatQueue.ids()).toContain(id);
  await expectAccessible(bolatPage);
  await bolatPage.context().close();
});

test('due dates are shown in the queue, marked and coloured when close or past', async ({ page, request }) => {
  for (const message of ['Мектепте ақша талап етеді, бірінші', 'Мектепте ақша талап етеді, екінші', 'Мектепте ақша талап етеді, үшінші']) {
    await sendReport(request, { region: REGION, message, lang: 'kk' });
  }
  const moderator = addStaff('moderator', [REGION]);
  await signIn(page, moderator);
  const queue = new QueuePage(page);
  await queue.open({ region: REGION, status: 'received' });
  const [past, close, later] = (await queue.ids()).slice(-3);
  const now = Date.now();
  await setDueDate(past!, new Date(now - 3_600_000));
  await setDueDate(close!, new Date(now + 3 * 3_600_000));
  await setDueDate(later!, new Date(now + 5 * 86_400_000));
  await queue.open({ region: REGION, status: 'received' });

  await expect(queue.due(past!)).toHaveAttribute('data-due', 'past');
  await expect(queue.due(close!)).toHaveAttribute('data-due', 'close');
  await expect(queue.due(later!)).toHaveAttribute('data-due', 'ok');
  const colourOf = (id: string) =>
    queue
      .due(id)
      .locator('.badge')
      .evaluate((badge) => getComputedStyle(badge).backgroundColor);
  const pastColour = await colourOf(past!);
  expect(pastColour).not.toBe(await colourOf(close!));
  expect(pastColour).not.toBe('rgba(0, 0, 0, 0)');
  await expect(queue.due(later!).locator('.badge')).toHaveCount(0);
  await expectAccessible(page);
});

test('search finds a report by a word of its message, typed with or without Kazakh letters; the row shows its opening', async ({ page, request }) => {
  const word = uniqueWord();
  const message = `Сәлем! Бізге ${word.kazakh} деген бала хабарлама жазып, қорқытады. Мектептен кейін күтіп тұрады, не істейміз?`;
  await sendReport(request, { region: REGION, message, lang: 'kk' });
  await sendReport(request, { region: REGION, message: 'Бұл басқа хабарлама, онда ол сөз жоқ', lang: 'kk' });
  const moderator = addStaff('moderator', [REGION]);
  await signIn(page, moderator);
  const queue = new QueuePage(page);

  await queue.open();
  await queue.search(word.plain);
  await expect(queue.rows()).toHaveCount(1);
  await expect(queue.rows().first().locator('[data-queue-preview]')).toContainText(word.kazakh);
  // The address keeps the search, so it can be reloaded or shared.
  expect(new URL(page.url()).searchParams.get('q')).toBe(word.plain);
  const id = (await queue.ids())[0]!;

  await queue.open({ q: word.kazakh.toUpperCase() });
  expect(await queue.ids()).toEqual([id]);
  await expect(page.locator('#filter-q')).toHaveValue(word.kazakh.toUpperCase());
  await queue.open({ q: `${word.plain} коркытады` });
  expect(await queue.ids()).toEqual([id]);
  await queue.open({ q: `${word.plain} жирафтар` });
  await expect(page.locator('[data-queue-empty]')).toBeVisible();
  await expectAccessible(page);
});

test("a moderator of one region finds nothing of another region's reports, which an admin finds", async ({ page, request, browser }) => {
  const word = uniqueWord();
  await sendReport(request, { region: OTHER_REGION, message: `Көршінің баласы ${word.kazakh} мені ұрады`, lang: 'kk' });
  const moderator = addStaff('moderator', [REGION]);
  await signIn(page, moderator);
  const queue = new QueuePage(page);
  for (const q of [word.kazakh, word.plain]) {
    await queue.open({ q });
    await expect(page.locator('[data-queue-empty]')).toBeVisible();
    await queue.open({ q, region: OTHER_REGION });
    await expect(page.locator('[data-queue-empty]')).toBeVisible();
  }
  await expect(page.locator('main')).not.toContainText(word.kazakh);

  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, addStaff('admin'));
  const adminQueue = new QueuePage(adminPage);
  await adminQueue.open({ q: word.plain });
  await expect(adminQueue.rows()).toHaveCount(1);
  await adminPage.context().close();
});

test('a moderator chooses duty hours on the profile page, and is told an address cannot be confirmed without a mail server', async ({ page }) => {
  const moderator = addStaff('moderator', [REGION]);
  await signIn(page, moderator);
  await page.locator('nav a[href="/admin/profile/"]').click();
  await expect(page).toHaveURL(/\/admin\/profile\/$/);
  await expectAccessible(page);
  await page.locator('[data-duty-form] input[name="on"]').check();
  for (const day of [6, 7]) await page.locator(`[data-duty-form] input[name="day${day}"]`).check();
  await page.locator('#duty-from').fill('00:00');
  await page.locator('#duty-to').fill('00:00');
  await page.locator('[data-duty-form] button[type="submit"]').click();
  await expect(page.locator('[data-profile-notice="duty"]')).toBeVisible();
  await expect(page.locator('[data-duty-now]')).toHaveAttribute('data-duty-now', 'on');
  await expect(page.locator('[data-duty-form] input[name="day7"]')).toBeChecked();

  await page.locator('#profile-email').fill('moderator@prokuror.test');
  await page.locator('[data-email-form] button[type="submit"]').click();
  // The browser tests' server has no SMTP_URL: the page says so instead of pretending to send.
  await expect(page.locator('[data-profile-notice="noSmtp"]')).toBeVisible();
  await expect(page.locator('[data-email-state]')).toHaveAttribute('data-email-state', 'none');
});

test('the statistics page shows how many cases of each region were answered in time, and no text of a report', async ({ page, request }) => {
  const message = `Мектепте ақшамды тартып алады, кеш жауап ${Date.now()}`;
  await sendReport(request, { region: REGION, message, lang: 'kk' });
  const moderator = addStaff('moderator', [REGION]);
  await signIn(page, moderator);
  const id = await topCaseId(page, REGION, 'received');
  // Answered after its due date had passed: counted, but not in time.
  await setDueDate(id, new Date(Date.now() - 86_400_000));
  await new CasePage(page).open(id);
  await page.locator('#reply-text').fill('Сәлем! Біз мектепке хабарластық.');
  await page.locator('[data-case-reply] button[type="submit"]').click();
  await expect(page.locator('.case-facts')).toHaveAttribute('data-case-status', 'answered');

  const analyst = addStaff('analyst');
  await page.context().clearCookies();
  await signIn(page, analyst);
  await page.goto('/admin/statistics/');
  const row = page.locator(`[data-in-time] tr[data-region="${REGION}"]`);
  await expect(row).toBeVisible();
  await expect(row.locator('td').last()).toContainText(/\d+ из \d+/);
  await expect(page.locator('body')).not.toContainText(message);
  await expectAccessible(page);
});
