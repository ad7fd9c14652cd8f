/**
 * Components every lesson's MDX may use without an import: `<Mci n={10} />` for fines,
 * `<Fact id="…" />` for statements of the law from the registry, `<Quiz>` for self-check
 * questions, `<Handout>` for the printed part of a lesson kit.
 */
import Handout from './Handout.astro';
import Mci from './Mci.astro';
import Quiz from './Quiz.astro';
import Fact from './Fact.astro';
import type { LessonComponentName } from '../../lib/lesson-components';

export const lessonComponents = { Fact, Handout, Mci, Quiz } satisfies Record<LessonComponentName, unknown>;
