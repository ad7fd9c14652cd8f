/** Components an editor may use in a lesson's MDX without importing them. */
import Handout from './components/Handout.astro';
import Quiz from './components/Quiz.astro';

export const lessonComponents = { Handout, Quiz };
