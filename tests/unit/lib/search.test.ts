import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, indexFilters, indexQuery, isBlank, readSearchParams, toSearchHit, writeSearchParams } from '../../../src/lib/search';

describe('the query sent to the index', () => {
  it('folds Kazakh queries the way the Kazakh index is folded, and leaves Russian ones', () => {
    expect(indexQuery('  Алаяқтар ', 'kk')).toBe('алаяктар');
    expect(indexQuery('Мошенники', 'ru')).toBe('Мошенники');
  });

  it('corrects the misspellings children type most before folding', () => {
    expect(indexQuery('булинг', 'ru')).toBe('буллинг');
    expect(indexQuery('Кибербулинг', 'kk')).toBe('кибербуллинг');
    expect(indexQuery('алайак', 'kk')).toBe('алаяк');
  });

  it('sends no words when none were typed, so filters alone list lessons', () => {
    expect(indexQuery('   ', 'kk')).toBeNull();
  });

  it('sends only the filters that are set', () => {
    expect(indexFilters({ audience: '11-14', kind: '', topic: 'bullying' })).toEqual({ audience: '11-14', topic: 'bullying' });
    expect(indexFilters(EMPTY_FILTERS)).toEqual({});
  });

  it('is blank with neither words nor filters', () => {
    expect(isBlank({ query: ' ', filters: { ...EMPTY_FILTERS } })).toBe(true);
    expect(isBlank({ query: '', filters: { ...EMPTY_FILTERS, kind: 'videos' } })).toBe(false);
  });
});

describe('the search in the address', () => {
  it('round-trips words and filters', () => {
    const state = { query: 'қауіпсіз жол', filters: { audience: '7-10', kind: 'videos', topic: '' } };
    const search = writeSearchParams(state);
    expect(search).toBe('?q=%D2%9B%D0%B0%D1%83%D1%96%D0%BF%D1%81%D1%96%D0%B7+%D0%B6%D0%BE%D0%BB&audience=7-10&kind=videos');
    expect(readSearchParams(new URLSearchParams(search))).toEqual(state);
  });

  it('is empty for a blank search', () => {
    expect(writeSearchParams({ query: '  ', filters: { ...EMPTY_FILTERS } })).toBe('');
    expect(readSearchParams(new URLSearchParams(''))).toEqual({ query: '', filters: EMPTY_FILTERS });
  });
});

describe('a result as the page shows it', () => {
  it('takes title and summary from the metadata, kind and audiences from the filters, audiences in site order', () => {
    expect(
      toSearchHit({
        url: '/kk/videos/safe-way/',
        meta: { title: 'Қауіпсіз жол', summary: 'Мектепке жол.' },
        filters: { kind: ['videos'], audience: ['parents', '7-10'], topic: ['personal-safety'] },
      }),
    ).toEqual({ url: '/kk/videos/safe-way/', title: 'Қауіпсіз жол', summary: 'Мектепке жол.', kind: 'videos', audiences: ['7-10', 'parents'] });
  });

  it('falls back to the address and ignores unknown values', () => {
    expect(toSearchHit({ url: '/x/', meta: {}, filters: { kind: ['poems'], audience: ['aliens'] } })).toEqual({
      url: '/x/',
      title: '/x/',
      summary: '',
      kind: undefined,
      audiences: [],
    });
  });
});
