import { describe, expect, it } from 'vitest';
import {
  FOLDED_MARK,
  FOLDED_TITLE_META,
  KEYWORDS_MARK,
  htmlText,
  keywordsOf,
  needsFolding,
  pageForIndex,
  pageLanguage,
  searchBodyRegion,
} from '../../../src/lib/search-index';

const page = (lang: string, body: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>x</title></head><body><nav>Көмек</nav>${body}<footer>Қош</footer></body></html>`;

describe('what the search index reads of a page', () => {
  it('finds the page language and folds only Kazakh pages', () => {
    expect(pageLanguage(page('kk-KZ', ''))).toBe('kk-KZ');
    expect(needsFolding('kk-KZ')).toBe(true);
    expect(needsFolding('kk')).toBe(true);
    expect(needsFolding('ru-KZ')).toBe(false);
    expect(needsFolding(undefined)).toBe(false);
  });

  it('finds the element marked data-pagefind-body, with nested elements of the same tag', () => {
    const html = '<main><article data-pagefind-body class="x"><p>а</p><article><p>б</p></article><p>в</p></article><p>г</p></main>';
    const region = searchBodyRegion(html)!;
    expect(html.slice(region.start, region.end)).toBe('<p>а</p><article><p>б</p></article><p>в</p>');
    expect(searchBodyRegion('<main><p>no body</p></main>')).toBeUndefined();
  });

  it('reads the visible text: no tags, scripts or styles, entities decoded', () => {
    expect(htmlText('<p>Қ&amp;Қ&nbsp;&#1179;&#x49B;</p><script>var ә = 1</script><style>.қ{}</style><b>ұ</b>')).toBe('Қ&Қ ққ ұ');
  });

  it('adds the folded words of the lesson, and nothing from the header or footer, inside the indexed element', () => {
    const html = page('kk-KZ', '<article data-pagefind-body><h1>Алаяқтар мен SMS</h1><p>Құпиясөзді айтпа. Буллинг. Құпиясөз!</p></article>');
    const indexed = pageForIndex(html);
    expect(indexed).toContain(
      `<div ${FOLDED_MARK} data-pagefind-meta="${FOLDED_TITLE_META}:алаяктар"><p data-pagefind-weight="7">алаяктар</p><p>купиясозди купиясоз</p></div></article>`,
    );
    expect(indexed).not.toMatch(/комек|кош/);
    expect(indexed.replace(/<div data-search-folded[\s\S]*?<\/div>/, '')).toBe(html);
  });

  it('gives no title metadata when the title has nothing to fold', () => {
    const indexed = pageForIndex(page('kk-KZ', '<article data-pagefind-body><h1>Буллинг</h1><p>Қорлау</p></article>'));
    expect(indexed).toContain(`<div ${FOLDED_MARK}><p data-pagefind-weight="7"></p><p>корлау</p></div>`);
  });

  it('leaves Russian pages and pages without a marked body unchanged', () => {
    const russian = page('ru-KZ', '<article data-pagefind-body><h1>Мошенники</h1></article>');
    expect(pageForIndex(russian)).toBe(russian);
    const plain = page('kk-KZ', '<main><h1>Қош келдің</h1></main>');
    expect(pageForIndex(plain)).toBe(plain);
  });

  it('gives the indexer the lesson keywords with the title weight, folded too on a Kazakh page', () => {
    const kazakh = page('kk-KZ', '<article data-pagefind-body data-search-keywords="алаяқтық, смс код, мошенничество"><h1>Алаяқтар</h1><p>Мәтін</p></article>');
    expect(pageForIndex(kazakh)).toContain(`<p ${KEYWORDS_MARK} data-pagefind-weight="7">алаяқтық смс код мошенничество алаяктик</p>`);
    const russian = page('ru-KZ', '<article data-pagefind-body data-search-keywords="мошенничество, &quot;развод&quot;"><h1>Мошенники</h1></article>');
    expect(pageForIndex(russian)).toContain(`<p ${KEYWORDS_MARK} data-pagefind-weight="7">мошенничество &quot;развод&quot;</p></article>`);
  });

  it('reads keywords only from the indexed element', () => {
    expect(keywordsOf('<article data-pagefind-body data-search-keywords="а, бв , ">')).toEqual(['а', 'бв']);
    expect(keywordsOf('<article data-pagefind-body>')).toEqual([]);
  });
});
