import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import TruthBeforeWriting from '../../../src/components/help/TruthBeforeWriting.astro';
import { TIERS, type Tier } from '../../../src/lib/audiences';
import { LANGS, type Lang } from '../../../src/lib/langs';

/** The items of "before you write" as a reader sees them, one string each. */
async function itemsFor(lang: Lang, tier: Tier | undefined): Promise<string[]> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(TruthBeforeWriting, { props: { lang, tier } });
  return [...html.matchAll(/<li[^>]*>([^<]*)<\/li>/g)].map((match) => (match[1] ?? '').replace(/&[#\w]+;/g, ' ').trim());
}

/** Sentences, and their words without dashes, the way a reader counts them. */
function sentenceLengths(text: string): number[] {
  return text.split(/(?<=[.!?])\s+/).map((sentence) => sentence.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length);
}

/** What erasing does not stop: a check begun, or the grown-ups already at work. */
const GOES_ON: Record<Lang, RegExp> = { ru: /проверк\S* .*не отмен|продолжат/i, kk: /тексеріс\S* .*(тоқтатпайды|қайтармайды)|жалғастырады/i };

const LONGEST_SENTENCE: Record<Tier, number> = { '7-10': 10, '11-14': 18, '15-18': Infinity };

describe('"before you write" on the help page', () => {
  for (const lang of LANGS) {
    it(`in ${lang}, says something different for each age, and the plain 11-14 words when no age is picked`, async () => {
      const byTier = await Promise.all(TIERS.map((tier) => itemsFor(lang, tier)));
      for (const items of byTier) expect(items).toHaveLength(7);
      expect(new Set(byTier.map((items) => items.join('\n'))).size).toBe(TIERS.length);
      for (let item = 0; item < 7; item += 1) {
        expect(new Set(byTier.map((items) => items[item])).size, `item ${item}`).toBe(TIERS.length);
      }
      expect(await itemsFor(lang, undefined)).toEqual(await itemsFor(lang, '11-14'));
    });

    it(`in ${lang}, keeps sentences short for the younger ages`, async () => {
      for (const tier of TIERS) {
        for (const item of await itemsFor(lang, tier)) {
          expect(Math.max(...sentenceLengths(item)), `${tier}: ${item}`).toBeLessThanOrEqual(LONGEST_SENTENCE[tier]);
        }
      }
    });
  }

  it('names the exception of the law precisely for 15-18: a criminal offence or a threat to state or public security', async () => {
    expect((await itemsFor('ru', '15-18')).join(' ')).toContain('угрозе государственной или общественной безопасности');
    expect((await itemsFor('kk', '15-18')).join(' ')).toContain('мемлекеттік немесе қоғамдық қауіпсіздікке қатер');
  });

  it('never promises that only the office reads a message or that erasing undoes a check', async () => {
    const said = (await Promise.all(LANGS.flatMap((lang) => TIERS.map((tier) => itemsFor(lang, tier))))).flat().join('\n');
    for (const promise of ['Больше никто', 'Басқа ешкім', 'больше не увидит', 'енді көрмейді', 'угрозе безопасности', 'қауіпсіздікке қатер туралы болмаса']) {
      expect(said).not.toContain(promise);
    }
    for (const lang of LANGS) {
      for (const tier of TIERS) {
        const [who, , , , erase] = await itemsFor(lang, tier);
        expect(who, `${lang} ${tier}`).toMatch(/полици/i);
        expect(erase, `${lang} ${tier}`).toMatch(GOES_ON[lang]);
      }
    }
  });

  it('tells every age, the youngest too, that adults may come to talk with the family and that a trusted adult can be asked first', async () => {
    const FAMILY: Record<Lang, RegExp> = { ru: /сем(ь|ей)/i, kk: /отбасы/i };
    const TRUSTED: Record<Lang, RegExp> = { ru: /(доверяешь|веришь)/i, kk: /сенетін/i };
    for (const lang of LANGS) {
      for (const tier of TIERS) {
        const [, family] = await itemsFor(lang, tier);
        expect(family, `${lang} ${tier}`).toMatch(FAMILY[lang]);
        expect(family, `${lang} ${tier}`).toMatch(TRUSTED[lang]);
      }
    }
  });
});
