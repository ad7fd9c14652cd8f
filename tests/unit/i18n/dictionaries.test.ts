import { describe, expect, it } from 'vitest';
import { kk } from '../../../src/i18n/kk';
import { ru } from '../../../src/i18n/ru';
import { plural, useTranslations } from '../../../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the interface text', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(kk).sort());
    for (const [key, value] of [...Object.entries(kk), ...Object.entries(ru)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(kk) as (keyof typeof kk)[]) {
      expect(placeholders(ru[key]), key).toEqual(placeholders(kk[key]));
    }
  });

  it('fills placeholders', () => {
    expect(useTranslations('ru')('video.external.open', { host: 'youtube.com' })).toBe('Открыть на youtube.com');
  });

  it('picks Russian plural forms by the number', () => {
    expect(plural('ru', 'lesson.count', 1)).toBe('1 урок');
    expect(plural('ru', 'lesson.count', 3)).toBe('3 урока');
    expect(plural('ru', 'lesson.count', 5)).toBe('5 уроков');
    expect(plural('ru', 'lesson.count', 21)).toBe('21 урок');
    expect(plural('kk', 'lesson.count', 5)).toBe('5 сабақ');
  });
});

describe('the widget text', () => {
  it('picks only the widget keys, filled in both languages', async () => {
    const { WIDGET_KEYS, widgetText } = await import('../../../src/i18n/widget');
    for (const lang of ['kk', 'ru'] as const) {
      const text = widgetText(lang);
      expect(Object.keys(text).sort()).toEqual([...WIDGET_KEYS].sort());
      for (const key of WIDGET_KEYS) expect(text[key], `${lang} ${key}`).toBeTruthy();
    }
  });
});
