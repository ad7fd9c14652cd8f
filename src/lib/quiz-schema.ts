/**
 * The editors' contract for `<Quiz questions={[…]} />` in a lesson's MDX. Checked at build
 * time, so a malformed quiz stops the build with the lesson's file and the question named.
 */
import { z } from 'zod';
import type { QuizQuestion } from './quiz.ts';

const option = z.object({
  /** The answer as the student reads it. */
  text: z.string().trim().min(1, { error: 'an answer needs its text' }),
  /** `true` marks a right answer; leave it out for a wrong one. */
  correct: z.boolean().default(false),
});

const question = z
  .object({
    /** The question, read aloud as the legend of its answers. */
    question: z.string().trim().min(5, { error: 'write the question' }),
    /** `single` (default): one right answer; `multiple`: the student ticks every right one. */
    kind: z.enum(['single', 'multiple'], { error: 'expected kind: "single" or "multiple"' }).default('single'),
    options: z.array(option).min(2, { error: 'give at least 2 answers' }).max(6, { error: 'give at most 6 answers' }),
    /** Why the right answer is right, in the lesson's own words; shown after checking. */
    explain: z.string().trim().min(10, { error: 'explain the right answer in a sentence' }),
  })
  .refine((q) => (q.kind === 'single' ? q.options.filter((o) => o.correct).length === 1 : true), {
    error: 'a "single" question has exactly one answer with correct: true',
    path: ['options'],
  })
  .refine((q) => q.options.some((o) => o.correct), {
    error: 'mark at least one answer with correct: true',
    path: ['options'],
  });

export const quizSchema = z.array(question, { error: 'expected questions={[{ question, options, explain }, …]}' }).min(1);

/** Where an issue is, in an editor's words: `question 2, options.1.text`. */
function where(path: readonly PropertyKey[]): string {
  const [index, ...rest] = path;
  if (typeof index !== 'number') return 'questions';
  return [`question ${index + 1}`, rest.join('.')].filter(Boolean).join(', ');
}

/** The quiz of `lesson` (its file, for the message), or an error naming the lesson and each problem. */
export function parseQuiz(input: unknown, lesson: string): QuizQuestion[] {
  const result = quizSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${where(issue.path)}: ${issue.message}`);
  throw new Error(`The quiz in ${lesson} is malformed:\n${problems.join('\n')}`);
}
