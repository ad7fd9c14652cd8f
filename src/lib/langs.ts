/** The languages of the site: Kazakh (default) and Russian. */
export const LANGS = ['kk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'kk';

/** BCP 47 tags for `lang`, `hreflang` and Intl. */
export const LANG_TAGS: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-KZ' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'kk' ? 'ru' : 'kk';
}
