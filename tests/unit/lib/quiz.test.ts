import { describe, expect, it } from 'vitest';
import { isAnswerRight, rightAnswers, type QuizQuestion } from '../../../src/lib/quiz';
import { parseQuiz } from '../../../src/lib/quiz-schema';

const LESSON = 'content/articles/kk/bullying-what-it-is.mdx';

const single: QuizQuestion = {
  question: 'Is one quarrel bullying?',
  kind: 'single',
  options: [
    { text: 'Yes', correct: false },
    { text: 'No', correct: true },
  ],
  explain: 'Bullying is hurting someone again and again.',
};
const multiple: QuizQuestion = {
  ...single,
  kind: 'multiple',
  options: [
    { text: 'Laugh', correct: false },
    { text: 'Stay close', correct: true },
    { text: 'Tell an adult', correct: true },
  ],
};

describe('checking an answer', () => {
  it('takes the one right option of a single-choice question', () => {
    expect(isAnswerRight(single, [1])).toBe(true);
    expect(isAnswerRight(single, [0])).toBe(false);
    expect(isAnswerRight(single, [])).toBe(false);
  });

  it('wants every right option of a multiple-choice question and no wrong one', () => {
    expect(isAnswerRight(multiple, [2, 1])).toBe(true);
    expect(isAnswerRight(multiple, [1])).toBe(false);
    expect(isAnswerRight(multiple, [0, 1, 2])).toBe(false);
  });

  it('names the right answers in the order shown', () => {
    expect(rightAnswers(multiple)).toEqual(['Stay close', 'Tell an adult']);
  });
});

describe('the quiz an editor writes', () => {
  it('fills in the defaults: single choice, answers wrong unless marked', () => {
    const [question] = parseQuiz(
      [{ question: 'Is one quarrel bullying?', options: [{ text: 'Yes' }, { text: 'No', correct: true }], explain: 'Bullying is again and again.' }],
      LESSON,
    );
    expect(question).toMatchObject({ kind: 'single', options: [{ correct: false }, { correct: true }] });
  });

  it('stops the build naming the lesson and the question when a single-choice question has two right answers', () => {
    const twoRight = { ...single, options: single.options.map((option) => ({ ...option, correct: true })) };
    expect(() => parseQuiz([single, twoRight], LESSON)).toThrow(
      /The quiz in content\/articles\/kk\/bullying-what-it-is\.mdx is malformed:\n {2}question 2, options: a "single" question has exactly one/,
    );
  });

  it('names every missing piece', () => {
    expect(() => parseQuiz([{ question: 'Why?', options: [{ text: 'A' }] }], LESSON)).toThrow(
      /question 1, options: give at least 2 answers[\s\S]*question 1, explain/,
    );
    expect(() => parseQuiz('not a list', LESSON)).toThrow(/questions: expected questions=/);
    expect(() => parseQuiz([], LESSON)).toThrow(LESSON);
  });
});
