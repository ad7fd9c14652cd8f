/**
 * What 10- to 17-year-olds type into the search box, each with the lesson it must bring into the
 * first three results: other forms of a title's word, slang, the other language's word, Kazakh
 * typed without its letters, and the misspellings of the shared list. At least 38 of them must
 * pass (tests/e2e/searching-as-a-child.spec.ts prints the figure). The lessons are the sample
 * lessons of content/; when one is renamed or removed the test says which.
 */
import type { Lang } from '../../src/lib/langs.ts';

export interface SearchQuery {
  lang: Lang;
  /** As a child types it. */
  query: string;
  /** The lesson expected in the top three, as `kind/slug`. */
  expect: string;
}

const ru = (query: string, expect: string): SearchQuery => ({ lang: 'ru', query, expect });
const kk = (query: string, expect: string): SearchQuery => ({ lang: 'kk', query, expect });

export const SEARCH_QUERIES: readonly SearchQuery[] = [
  ru('мошенничество', 'articles/online-fraud-sms-codes'),
  ru('мошенник', 'articles/online-fraud-sms-codes'),
  ru('мошенники', 'articles/online-fraud-sms-codes'),
  ru('машенники', 'articles/online-fraud-sms-codes'),
  ru('развели на деньги', 'articles/online-fraud-sms-codes'),
  ru('код из смс', 'articles/online-fraud-sms-codes'),
  ru('звонят из банка', 'videos/fraud-calls-video'),
  ru('булинг', 'articles/bullying-what-it-is'),
  ru('буллинк', 'articles/bullying-what-it-is'),
  ru('кибербулинг', 'videos/cyberbullying-help-video'),
  ru('обзывают в чате', 'articles/cyberbullying-in-chats'),
  ru('оскорбляют в вотсапе', 'articles/cyberbullying-in-chats'),
  ru('штраф за травлю', 'articles/bullying-law-fines'),
  ru('дразнят', 'articles/bullying-what-it-is'),
  ru('посадят ли в 14 лет', 'articles/age-of-responsibility'),
  ru('уголовка', 'articles/age-of-responsibility'),
  ru('отчим бьёт', 'articles/violence-at-home-where-to-turn'),
  ru('папа бьет', 'articles/violence-at-home-where-to-turn'),
  ru('заброшка', 'articles/unsafe-places-safe-region'),
  ru('незнакомец зовет в машину', 'articles/safe-way-to-school'),
  ru('права ребенка', 'articles/rights-of-the-child'),
  ru('слили фото', 'articles/personal-data-online'),
  ru('как пожаловаться прокурору', 'articles/what-the-prosecutor-does-for-children'),
  kk('алаяқ', 'articles/online-fraud-sms-codes'),
  kk('алаяқтық', 'articles/online-fraud-sms-codes'),
  kk('алаяктык', 'articles/online-fraud-sms-codes'),
  kk('мошенник', 'articles/online-fraud-sms-codes'),
  kk('смс код', 'articles/online-fraud-sms-codes'),
  kk('банктен қоңырау', 'videos/fraud-calls-video'),
  kk('булинг', 'articles/bullying-what-it-is'),
  kk('кибербулинг', 'videos/cyberbullying-help-video'),
  kk('чатта қорлау', 'articles/cyberbullying-in-chats'),
  kk('буллинг үшін айыппұл', 'articles/bullying-law-fines'),
  kk('мазақтайды', 'articles/bullying-what-it-is'),
  kk('қай жаста сотталады', 'articles/age-of-responsibility'),
  kk('әкем ұрады', 'articles/violence-at-home-where-to-turn'),
  kk('уйде урады', 'articles/violence-at-home-where-to-turn'),
  kk('заброшка', 'articles/unsafe-places-safe-region'),
  kk('бейтаныс адам', 'articles/safe-way-to-school'),
  kk('бала құқығы', 'articles/rights-of-the-child'),
  kk('құпиясөз', 'articles/personal-data-online'),
  kk('прокурорға шағым', 'articles/what-the-prosecutor-does-for-children'),
];

/** How many must find their lesson in the top three. */
export const SEARCH_QUERIES_TO_PASS = SEARCH_QUERIES.length - 2;
