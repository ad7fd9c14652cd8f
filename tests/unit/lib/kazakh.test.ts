import { describe, expect, it } from 'vitest';
import { foldKazakh, foldedWords, words } from '../../../src/lib/kazakh';

describe('folding Kazakh letters', () => {
  it('turns every Kazakh-only letter into the letter typed instead of it', () => {
    expect(foldKazakh('әғқңөұүһі')).toBe('агкноуухи');
    expect(foldKazakh('ӘҒҚҢӨҰҮҺІ')).toBe('агкноуухи');
  });

  it('folds a word and its keyboard spellings to the same form, whether і was typed as и or ы', () => {
    const folded = foldKazakh('Қауіпсіздік');
    expect(folded).toBe('кауипсиздик');
    expect(foldKazakh('кауипсиздик')).toBe(folded);
    expect(foldKazakh('кауыпсыздык')).toBe(folded);
  });

  it('reads a Latin i inside a Cyrillic word as і', () => {
    expect(foldKazakh('бiлiм')).toBe(foldKazakh('білім'));
    expect(foldKazakh('wifi желісі')).toBe('wifi желиси');
  });

  it('leaves Russian letters, digits and Latin words as they are, only lower-cased', () => {
    expect(foldKazakh('Буллинг 112 SMS')).toBe('буллинг 112 sms');
  });
});

describe('words for the folded copy of the index', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(words('SMS-код, 112 — «алаяқтар»!')).toEqual(['SMS', 'код', '112', 'алаяқтар']);
  });

  it('keeps only the words that folding changes, as often as they occur', () => {
    expect(foldedWords('Алаяқтар мен алаяқтар SMS-код сұрайды')).toEqual(['алаяктар', 'алаяктар', 'сурайди']);
  });
});
