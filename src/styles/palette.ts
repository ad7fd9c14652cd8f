/**
 * The site's colours, light and dark: the one source of the custom properties of every page
 * (written as CSS by src/integrations/palette.ts, imported by the layouts as
 * `virtual:zanbala/palette.css`) and of the embeddable widget (src/widget/styles.ts), which
 * cannot read the page's CSS from inside its shadow root. Contrast of each pair is WCAG AA.
 */
export const PALETTE = {
  light: {
    bg: '#ffffff',
    surface: '#f2f6f9',
    text: '#1b2430',
    muted: '#4a5666',
    border: '#c9d3de',
    brand: '#0b5c8a',
    'brand-text': '#ffffff',
    link: '#0a5a88',
    focus: '#d35400',
    danger: '#a8111b',
    'danger-text': '#ffffff',
    badge: '#e3eef6',
    ok: '#1c6b3a',
  },
  dark: {
    bg: '#11161c',
    surface: '#1b232c',
    text: '#e8edf2',
    muted: '#b3bfcc',
    border: '#3a4654',
    brand: '#7cc4f0',
    'brand-text': '#0b1620',
    link: '#8ccdf5',
    focus: '#ffb066',
    danger: '#ff8a8f',
    'danger-text': '#1a0505',
    badge: '#24323f',
    ok: '#7fd9a0',
  },
} as const;

export type Scheme = keyof typeof PALETTE;
export type Colour = keyof (typeof PALETTE)['light'];

/**
 * `--name:value;…` for `scheme`; `rename` gives a colour another property name (the widget calls
 * `border` `--line`), and only the colours named there are written when `only` is set.
 */
export function customProperties(scheme: Scheme, rename: Partial<Record<Colour, string>> = {}, only = false): string {
  return (Object.entries(PALETTE[scheme]) as [Colour, string][])
    .filter(([name]) => !only || name in rename)
    .map(([name, value]) => `--${rename[name] ?? name}:${value}`)
    .join(';');
}

/** The page's palette: light by default, dark when the reader's system asks for it. */
export const paletteCss = () => `:root{${customProperties('light')}}\n@media (prefers-color-scheme: dark){:root{${customProperties('dark')}}}\n`;
