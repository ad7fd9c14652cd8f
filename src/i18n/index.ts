import { kk, type UiKey } from './kk.ts';
import { ru } from './ru.ts';
import { LANG_TAGS, type Lang } from '../lib/langs.ts';

export type { UiKey };

const dictionaries: Record<Lang, Record<UiKey, string>> = { kk, ru };

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders. */
function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** The interface text of one language. */
export function useTranslations(lang: Lang): Translate {
  const dictionary = dictionaries[lang];
  return (key, values) => interpolate(dictionary[key], values);
}

type PluralBase = 'lesson.count' | 'search.count';
type PluralCategory = 'one' | 'few' | 'many' | 'other';

/** Picks the plural form for `count` by the language's rules (ru: one/few/many/other). */
export function plural(lang: Lang, base: PluralBase, count: number): string {
  const rule = new Intl.PluralRules(LANG_TAGS[lang]).select(count);
  const category: PluralCategory = rule === 'one' || rule === 'few' || rule === 'many' ? rule : 'other';
  return useTranslations(lang)(`${base}.${category}`, { count });
}
