/**
 * What the help text promises a child: short sentences for the youngest, no messenger unless the
 * page shows a confirmed one beside the words, and no "anonymous" without its limit.
 */
import { describe, expect, it } from 'vitest';
import { kk } from '../../../src/i18n/kk';
import { ru } from '../../../src/i18n/ru';

const DICTIONARIES = { kk, ru } as const;

/** Words of each sentence, counted as a reader counts them: numbers count, dashes and arrows do not. */
function sentenceLengths(text: string): number[] {
  return text.split(/(?<=[.!?])\s+/).map((sentence) => sentence.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length);
}

describe('the text for 7-10', () => {
  for (const [lang, dictionary] of Object.entries(DICTIONARIES)) {
    it(`in ${lang}, has at most 10 words a sentence`, () => {
      const young = Object.entries(dictionary).filter(([key]) => key.endsWith('.7-10'));
      expect(young.length).toBeGreaterThan(10);
      for (const [key, text] of young) expect(Math.max(...sentenceLengths(text)), `${key}: ${text}`).toBeLessThanOrEqual(10);
    });
  }
});

describe('promises on the help page', () => {
  for (const [lang, dictionary] of Object.entries(DICTIONARIES)) {
    it(`in ${lang}, the help texts lead to the form, and only the sentence shown beside confirmed channels names a messenger`, () => {
      const reportTexts = Object.entries(dictionary).filter(([key]) => key.startsWith('help.report.text') || key.startsWith('help.school.text'));
      for (const [key, text] of reportTexts) expect(text, key).not.toMatch(/мессенджер/i);
      expect(dictionary['help.report.messenger']).toMatch(/мессенджер/i);
    });

    it(`in ${lang}, no label calls the form or the widget anonymous, and each says its limit`, () => {
      const labels = [dictionary['report.form.title'], dictionary['widget.help']];
      for (const label of labels) expect(label).not.toMatch(/аноним|жасырын/i);
      for (const limit of [dictionary['report.form.limit'], dictionary['widget.help.limit'], dictionary['help.report.text.7-10']]) {
        expect(limit).toMatch(lang === 'ru' ? /Имя (писать )?не нужно/ : /Атың(ды жазудың қажеті жоқ| керек емес)/);
        expect(limit).toMatch(/полици/i);
      }
    });

    it(`in ${lang}, the quick-exit note says what stays in history and how to clear it on the phones children use`, () => {
      expect(dictionary['quickExit.explain']).toMatch(lang === 'ru' ? /остаются в истории/ : /тарихта қалады/);
      expect(dictionary['quickExit.clear.android']).toContain('Chrome');
      expect(dictionary['quickExit.clear.iphone']).toContain('Safari');
      expect(dictionary['quickExit.clear.kundelik']).toContain('Kundelik');
    });
  }
});
