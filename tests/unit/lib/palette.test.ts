import { describe, expect, it } from 'vitest';
import { PALETTE, paletteCss } from '../../../src/styles/palette';
import { WIDGET_CSS } from '../../../src/widget/styles';

describe('one palette for the site and the widget', () => {
  it('gives the pages every colour, light by default and dark on request', () => {
    const css = paletteCss();
    for (const [name, value] of Object.entries(PALETTE.light)) expect(css).toContain(`--${name}:${value}`);
    expect(css).toMatch(new RegExp(`prefers-color-scheme: dark\\)\\{:root\\{[^}]*--link:${PALETTE.dark.link}`));
  });

  it('gives the widget the same link, danger and border colours in both schemes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      expect(WIDGET_CSS).toContain(`--link:${PALETTE[scheme].link}`);
      expect(WIDGET_CSS).toContain(`--danger:${PALETTE[scheme].danger}`);
      expect(WIDGET_CSS).toContain(`--line:${PALETTE[scheme].border}`);
    }
  });
});
