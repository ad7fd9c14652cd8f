import { test, expect } from './fixtures/test';
import { expectAccessible } from './fixtures/accessibility';
import { LANGS, lessonFiles, listField } from './fixtures/content';

/** The students' lesson a kit names first in its text: the version the class reads. */
function studentLessonOf(mdx: string, lang: string): string | undefined {
  return new RegExp(`\\]\\((/${lang}/articles/[a-z0-9-]+/)\\)`).exec(mdx)?.[1];
}

for (const lang of LANGS) {
  test(`every lesson kit in ${lang} hands out a sheet and leads to a students' lesson with a quiz, both accessible`, async ({ page }) => {
    test.setTimeout(240_000);
    const kits = lessonFiles('articles', lang).filter((lesson) => listField(lesson, 'audiences').includes('teachers'));
    expect(kits.length).toBeGreaterThan(1);
    for (const kit of kits) {
      const lesson = studentLessonOf(kit.mdx, lang);
      expect(lesson, `${kit.path} links to the students' version`).toBeDefined();

      await page.goto(kit.path);
      await expect(page.locator('[data-handout]'), `the handout of ${kit.path}`).toBeVisible();
      await expect(page.locator(`.lesson-body a[href="${lesson}"]`).first()).toBeVisible();
      await expectAccessible(page);

      await page.goto(lesson!);
      const quiz = page.locator('[data-quiz]');
      await expect(quiz, `the quiz of ${lesson}`).toHaveCount(1);
      await quiz.scrollIntoViewIfNeeded();
      await expect(quiz.locator('[data-hydrated]')).toBeAttached();
      await expectAccessible(page);
    }
  });
}
