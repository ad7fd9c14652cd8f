import { describe, expect, it } from 'vitest';
import { matchesAll, textQuery } from '../../../src/lib/text-search';
import { previewOf } from '../../../src/lib/preview';

const finds = (query: string, text: string) => matchesAll(textQuery(query)!, [text]);

describe("the inbox's search", () => {
  it('finds a Kazakh word typed with or without Kazakh letters, in any case', () => {
    expect(finds('коркытады', 'Мені үлкен балалар қорқытады')).toBe(true);
    expect(finds('қорқытады', 'мени улкен балалар коркытады')).toBe(true);
    expect(finds('ҚОРҚЫТАДЫ', 'Олар қорқытады')).toBe(true);
    expect(finds('мектепте', 'Мен мектепте')).toBe(true);
    expect(finds('мектепте', 'Мен үйде')).toBe(false);
  });

  it('needs every word of the query, in any of the texts of a case', () => {
    const query = textQuery('ақша мектеп')!;
    expect(matchesAll(query, ['Ақша сұрайды', 'Мектеп маңында'])).toBe(true);
    expect(matchesAll(query, ['Ақша сұрайды'])).toBe(false);
  });

  it('takes the query as text, never as a pattern', () => {
    expect(textQuery('(.*)')).toBeUndefined();
    expect(finds('[а-я]+ текст', 'любой текст')).toBe(false);
    expect(finds('[а-я]+ текст', 'а-я текст')).toBe(true);
    expect(textQuery('  ...  ')).toBeUndefined();
    expect(textQuery('')).toBeUndefined();
  });

  it('cuts a long message at a word, on one line, near 120 characters', () => {
    const text = `Первая строка\n${'слово '.repeat(40)}`;
    const preview = previewOf(text);
    expect(preview.length).toBeLessThanOrEqual(121);
    expect(preview).not.toContain('\n');
    expect(preview.endsWith('слово…')).toBe(true);
    expect(previewOf('Коротко')).toBe('Коротко');
  });
});
