/**
 * Kazakh letters folded to the Russian letters that children type instead of them on a phone
 * without a Kazakh keyboard: «кауипсиз» for «қауіпсіз». Search folds the index and the query
 * the same way, so either spelling finds the lesson.
 */
const FOLDS: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  // і is typed as и or as ы, so ы folds to и too and both spellings meet.
  і: 'и',
  ы: 'и',
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');

/** A Latin i inside a Cyrillic word: it looks the same as і, and phones offer it first. */
const LATIN_I_IN_CYRILLIC = /(?<=\p{Script=Cyrillic})i|i(?=\p{Script=Cyrillic})/gu;

/** Lower-cases the text and replaces every Kazakh-only letter with its plain counterpart. */
export function foldKazakh(text: string): string {
  return text
    .toLowerCase()
    .replace(LATIN_I_IN_CYRILLIC, 'і')
    .replace(FOLDABLE, (letter) => FOLDS[letter] ?? letter);
}

/** Words of the text, split on anything that is not a letter or a digit. */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The folded form of each word seen, '' when folding leaves it as it is: a site's pages share most words. */
const foldedForms = new Map<string, string>();
const FOLDED_FORMS_LIMIT = 100_000;

/**
 * The folded form of every word that folding changes, in order and with repeats, so that the
 * index counts a folded word as often as the original: what the index needs beside the original
 * text so that a folded query matches and ranks the same.
 */
export function foldedWords(text: string): string[] {
  const folded: string[] = [];
  for (const word of words(text)) {
    let plain = foldedForms.get(word);
    if (plain === undefined) {
      const form = foldKazakh(word);
      plain = form === word.toLowerCase() ? '' : form;
      if (foldedForms.size >= FOLDED_FORMS_LIMIT) foldedForms.clear();
      foldedForms.set(word, plain);
    }
    if (plain) folded.push(plain);
  }
  return folded;
}
