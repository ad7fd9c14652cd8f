import { test, expect } from './fixtures/test';
import { expectAccessible } from './fixtures/accessibility';
import { QUIZ_LESSON, firstLesson } from './fixtures/content';

const QUIZ = `/kk/articles/${QUIZ_LESSON}/`;

/** Opens the lesson and scrolls to its quiz, which hydrates only then. */
async function openQuiz(page: import('@playwright/test').Page, path = QUIZ) {
  await page.goto(path);
  const quiz = page.locator('[data-quiz]');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.locator('[data-hydrated]')).toBeAttached();
  return quiz;
}

test('a class answers every question with the keyboard alone and hears that each answer is right', async ({ page }) => {
  const quiz = await openQuiz(page);
  const questions = quiz.locator('fieldset');
  await expect(questions).toHaveCount(3);
  // Focus lands on the first answer as it would after tabbing through the lesson.
  await questions.nth(0).locator('input').first().focus();

  // 1, single choice: the second answer is right. Arrow keys move within the radio group.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(questions.nth(0).getByRole('status')).toContainText('Дұрыс!');

  // 2, single choice: the second answer again.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(questions.nth(1).getByRole('status')).toContainText('Дұрыс!');

  // 3, multiple choice: the first and the third answers.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(questions.nth(2).getByRole('status')).toContainText('Дұрыс!');
  await expect(questions.nth(2).getByRole('status')).toContainText('Үлкенге айту – шағу емес');
});

test('a wrong answer is explained with the right one, in the lesson’s words', async ({ page }) => {
  const quiz = await openQuiz(page, `/ru/articles/${QUIZ_LESSON}/`);
  const first = quiz.locator('fieldset').first();
  await first.getByLabel('Да, это буллинг').check();
  await first.getByRole('button', { name: 'Проверить' }).click();
  const feedback = first.getByRole('status');
  await expect(feedback).toContainText('Не совсем так.');
  await expect(feedback).toContainText('Правильный ответ: Нет, буллинг – это когда обижают снова и снова.');
  await expect(feedback).toContainText('Если вы один раз поссорились, это ещё не буллинг.');
  // A new choice clears the old verdict until it is checked again.
  await first.getByLabel('Нет, буллинг – это когда обижают снова и снова').check();
  await expect(feedback).toBeEmpty();
  await first.getByRole('button', { name: 'Проверить' }).click();
  await expect(feedback).toContainText('Верно!');
});

test('checking without an answer asks for one', async ({ page }) => {
  const quiz = await openQuiz(page);
  await quiz.getByRole('button', { name: 'Тексеру' }).first().click();
  await expect(quiz.locator('fieldset').first().getByRole('status')).toHaveText('Алдымен жауап таңда.');
});

test('each question is a group with its question as the legend, and multiple choice uses checkboxes', async ({ page }) => {
  const quiz = await openQuiz(page);
  await expect(quiz.getByRole('group', { name: /Бір рет ұрыссаңдар/ }).getByRole('radio')).toHaveCount(2);
  await expect(quiz.getByRole('group', { name: /Досыңа буллинг жасаса/ }).getByRole('checkbox')).toHaveCount(3);
});

test('the quiz sends nothing and stores nothing', async ({ page, context }) => {
  const quiz = await openQuiz(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  const first = quiz.locator('fieldset').first();
  await first.getByRole('radio').nth(1).check();
  await first.getByRole('button').click();
  await expect(first.getByRole('status')).not.toBeEmpty();
  expect(requests).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await context.cookies()).toEqual([]);
});

test('the quiz island waits until it is visible, and a lesson without a quiz has none', async ({ page }) => {
  await page.goto(QUIZ);
  await expect(page.locator('astro-island')).toHaveAttribute('client', 'visible');
  await page.goto(firstLesson('articles', 'kk', (lesson) => !lesson.mdx.includes('<Quiz'), 'has no quiz').path);
  await expect(page.locator('astro-island, [data-quiz]')).toHaveCount(0);
});

test('the running quiz with its feedback has no accessibility violations (axe)', async ({ page }) => {
  const quiz = await openQuiz(page);
  await quiz.getByRole('button').first().click();
  await quiz.locator('fieldset').nth(1).getByRole('radio').nth(1).check();
  await quiz.getByRole('button').nth(1).click();
  await expectAccessible(page, { include: '[data-quiz]' });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the questions read sensibly and each answer is revealed on request', async ({ page }) => {
    await page.goto(QUIZ);
    const first = page.locator('[data-quiz] fieldset').first();
    await expect(first.locator('legend')).toContainText('Бір рет ұрыссаңдар, бұл буллинг пе?');
    await expect(first.getByRole('button')).toHaveCount(0);
    await first.locator('summary').click();
    await expect(first.locator('details')).toContainText('Дұрыс жауап: Жоқ, буллинг – бір адамды қайта-қайта ренжіту.');
  });
});
