/** Static paths for pages that exist once per language. */
import { LANGS } from './lib/langs';

export const langStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));
