import { describe, expect, it } from 'vitest';
import { splitOpening } from '../../../src/lib/lesson-opening';

describe('the opening of a lesson is its first paragraph', () => {
  it('splits rendered HTML after the first paragraph, with its inline tags', () => {
    const html = '<p>Вебинар для <strong>9–11</strong> классов.</p><h2 id="о-чём">О чём</h2><p>Второй абзац.</p>';
    expect(splitOpening(html)).toEqual({
      opening: '<p>Вебинар для <strong>9–11</strong> классов.</p>',
      rest: '<h2 id="о-чём">О чём</h2><p>Второй абзац.</p>',
    });
  });

  it('has no opening when the text starts with something else than a paragraph', () => {
    for (const html of [
      '<h2>О чём</h2><p>Текст.</p>',
      '<ul><li><p>Пункт.</p></li></ul>',
      '<pre>код</pre><p>Текст.</p>',
      '<span class="fact">Факт.</span><p>Текст.</p>',
    ]) {
      expect(splitOpening(html)).toEqual({ opening: '', rest: html });
    }
  });

  it('keeps a body of one paragraph whole', () => {
    expect(splitOpening('\n<p class="x">Один абзац.</p>')).toEqual({ opening: '\n<p class="x">Один абзац.</p>', rest: '' });
  });
});
