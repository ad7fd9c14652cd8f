import { describe, expect, it } from 'vitest';
import { MAX_EMBED_HEIGHT, heightMessage, hostOrigin, isHeightMessage } from '../../../src/lib/embed-messages';
import { embedUrl, iframeSnippet, widgetSnippet } from '../../../src/lib/embed-snippets';
import { DEFAULT_WIDGET_LIMIT, WIDGET_FEED_LIMIT, isRegionId, widgetLimit } from '../../../src/lib/widget-options';

const origin = 'https://zanbala.kz';

describe('the snippets a school copies', () => {
  it('load the widget module from our origin and name the choices as attributes', () => {
    expect(widgetSnippet(origin, { lang: 'kk', audience: '11-14', region: 'almaty-region', limit: 4 })).toBe(
      '<script type="module" src="https://zanbala.kz/widget.js" referrerpolicy="no-referrer"></script>\n' +
        '<zanbala-widget lang="kk" audience="11-14" region="almaty-region" limit="4"></zanbala-widget>',
    );
    expect(widgetSnippet(origin, { lang: 'ru', audience: 'parents' })).toContain('<zanbala-widget lang="ru" audience="parents"></zanbala-widget>');
  });

  it('frame the embed page with the region in its address and load embed.js', () => {
    expect(embedUrl(origin, { lang: 'ru', audience: '15-18', region: 'astana' })).toBe('https://zanbala.kz/embed/ru/15-18/?region=astana');
    const snippet = iframeSnippet(origin, { lang: 'kk', audience: '7-10' }, 'Zanbala: "сабақтар"');
    expect(snippet).toContain('src="https://zanbala.kz/embed/kk/7-10/"');
    expect(snippet).toContain('title="Zanbala: &quot;сабақтар&quot;"');
    expect(snippet, 'a strict host CSP drops style attributes').not.toContain('style=');
    expect(snippet).toContain('loading="lazy" referrerpolicy="no-referrer"></iframe>');
    expect(snippet).toContain('<script src="https://zanbala.kz/embed.js" async referrerpolicy="no-referrer"></script>');
  });
});

describe('the height message of the iframe variant', () => {
  it('carries a whole, sane number of pixels', () => {
    expect(heightMessage(412.3)).toEqual({ type: 'zanbala:embed-height', height: 413 });
    expect(isHeightMessage(heightMessage(412.3))).toBe(true);
    for (const data of [
      null,
      'zanbala:embed-height',
      { type: 'other', height: 10 },
      { type: 'zanbala:embed-height', height: -1 },
      heightMessage(MAX_EMBED_HEIGHT + 1),
    ]) {
      expect(isHeightMessage(data), JSON.stringify(data)).toBe(false);
    }
  });

  it('goes to the host origin the browser names, and to any window only when it names none', () => {
    expect(hostOrigin(['https://school.kz'], 'https://other.kz/page')).toBe('https://school.kz');
    expect(hostOrigin([], 'https://school.kz/news/1')).toBe('https://school.kz');
    expect(hostOrigin(undefined, '')).toBe('*');
  });
});

describe('the attributes of the widget', () => {
  it('keep the number of lessons between 1 and what the feed carries', () => {
    expect(widgetLimit(null)).toBe(DEFAULT_WIDGET_LIMIT);
    expect(widgetLimit('lots')).toBe(DEFAULT_WIDGET_LIMIT);
    expect(widgetLimit('0')).toBe(1);
    expect(widgetLimit('3')).toBe(3);
    expect(widgetLimit('99')).toBe(WIDGET_FEED_LIMIT);
  });

  it('accept a region id and nothing that could smuggle a query', () => {
    expect(isRegionId('almaty-region')).toBe(true);
    expect(isRegionId('almaty&x=1')).toBe(false);
    expect(isRegionId('')).toBe(false);
  });
});
