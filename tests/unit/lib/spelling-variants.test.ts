import { describe, expect, it } from 'vitest';
import { foldKazakh } from '../../../src/lib/kazakh';
import { SPELLING_VARIANTS, correctSpelling, isKnownMisspelling } from '../../../src/lib/spelling-variants';

describe('the shared list of misspellings', () => {
  it('corrects a misspelled root inside a word, whatever its case and ending', () => {
    expect(correctSpelling('булинг')).toBe('буллинг');
    expect(correctSpelling('Кибербулинг в чате')).toBe('Кибербуллинг в чате');
    expect(correctSpelling('буллинк')).toBe('буллинг');
    expect(correctSpelling('булингтен')).toBe('буллингтен');
    expect(correctSpelling('машенники')).toBe('мошенники');
    expect(correctSpelling('мошеничество')).toBe('мошенничество');
  });

  it('corrects a Kazakh misspelling typed without Kazakh letters too', () => {
    expect(correctSpelling('алайақ')).toBe('алаяқ');
    expect(foldKazakh(correctSpelling('алайак'))).toBe('алаяк');
  });

  it('leaves correct words alone', () => {
    for (const text of ['буллинг', 'кибербуллинг', 'мошенник', 'мошенничество', 'прокуратура', 'кабинет', 'насильник']) {
      expect(correctSpelling(text)).toBe(text);
      expect(isKnownMisspelling(text)).toBe(false);
    }
    expect(isKnownMisspelling('булинг')).toBe(true);
  });

  it('never lists a misspelling that is part of its own correct root, which would change a correct word', () => {
    for (const [correct, typed] of Object.entries(SPELLING_VARIANTS)) {
      expect(correctSpelling(correct), correct).toBe(correct);
      for (const wrong of typed) expect(correct.includes(wrong), `${wrong} in ${correct}`).toBe(false);
    }
  });
});
