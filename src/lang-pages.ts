/** Static paths for pages that exist once per language. */
import { LANGS, otherLang, type Lang } from './lib/langs';

export const langStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

/** The same path in the other language, for pages that exist in both. */
export function alternatePath(lang: Lang, path: (lang: Lang) => string): string {
  return path(otherLang(lang));
}
