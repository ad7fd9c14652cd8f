/**
 * Self-check quizzes at the end of a lesson: what a question is and when an answer is right.
 * The island imports this file, so it stays free of the schema (src/lib/quiz-schema.ts) and zod.
 */

export interface QuizOption {
  text: string;
  correct: boolean;
}

export interface QuizQuestion {
  question: string;
  /** `single`: exactly one right answer, radio buttons; `multiple`: one or more, checkboxes. */
  kind: 'single' | 'multiple';
  options: QuizOption[];
  /** Why the right answer is right, in the lesson's words. */
  explain: string;
}

/** Right when the chosen options are exactly the right ones: for `multiple`, all and no other. */
export function isAnswerRight(question: QuizQuestion, chosen: readonly number[]): boolean {
  const right = question.options.flatMap((option, index) => (option.correct ? [index] : []));
  return right.length === new Set(chosen).size && right.every((index) => chosen.includes(index));
}

/** The right answers' texts, in the order they are shown. */
export const rightAnswers = (question: QuizQuestion): string[] => question.options.filter((option) => option.correct).map((option) => option.text);
