import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import LanguageSwitch from '../../../src/components/LanguageSwitch.astro';

async function render(props: { lang: 'kk' | 'ru'; alternate: string | null }) {
  const container = await AstroContainer.create();
  return container.renderToString(LanguageSwitch, { props });
}

describe('the language switch', () => {
  it('links the translated lesson, named in its own language', async () => {
    const html = await render({ lang: 'kk', alternate: '/ru/articles/bullying-what-it-is/' });
    expect(html).toMatch(/href="\/ru\/articles\/bullying-what-it-is\/"[^>]*>Русский<\/a>/);
    expect(html).toContain('hreflang="ru-KZ"');
  });

  it('says in Russian that a Kazakh lesson is not translated yet and offers the Russian home page', async () => {
    const html = await render({ lang: 'kk', alternate: null });
    expect(html).toContain('Этот урок ещё не переведён на русский язык.');
    expect(html).toMatch(/href="\/ru\/"/);
    expect(html).toContain('lang="ru-KZ"');
  });

  it('says in Kazakh that a Russian lesson is not translated yet', async () => {
    const html = await render({ lang: 'ru', alternate: null });
    expect(html).toContain('Бұл сабақ қазақ тіліне әлі аударылмаған.');
    expect(html).toMatch(/href="\/kk\/"/);
  });
});
