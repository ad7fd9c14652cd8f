/** Components every lesson's MDX may use without an import, e.g. `<Mci n={10} />`. */
import Mci from './components/Mci.astro';
import type { LessonComponentName } from './lib/lesson-components';

export const lessonComponents = { Mci } satisfies Record<LessonComponentName, unknown>;
