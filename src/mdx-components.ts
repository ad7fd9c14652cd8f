/**
 * Components every lesson's MDX may use without an import: `<Mci n={10} />` for fines,
 * `<Quiz>` for self-check questions, `<Handout>` for the printed part of a lesson kit.
 */
import Handout from './components/Handout.astro';
import Mci from './components/Mci.astro';
import Quiz from './components/Quiz.astro';
import type { LessonComponentName } from './lib/lesson-components';

export const lessonComponents = { Handout, Mci, Quiz } satisfies Record<LessonComponentName, unknown>;
