/** Components every lesson's MDX may use without an import, e.g. `<Mci n={10} />`. */
import Mci from './components/Mci.astro';

export const lessonComponents = { Mci };
