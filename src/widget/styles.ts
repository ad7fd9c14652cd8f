/**
 * The widget's own styles, adopted by its shadow root. `:host` resets everything the host page
 * would pass down; `!important` inside a shadow tree beats `!important` from the page, so even
 * `* { all: unset !important }` on the host cannot reach in, and nothing here leaks out.
 */
import { customProperties } from '../styles/palette.ts';

// The site's palette under the widget's own short names; the rest of the palette it does not use.
const NAMES = {
  bg: 'bg',
  text: 'text',
  muted: 'muted',
  border: 'line',
  link: 'link',
  badge: 'badge',
  danger: 'danger',
  'danger-text': 'on-danger',
  focus: 'focus',
} as const;
const LIGHT = customProperties('light', NAMES, true);
const DARK = customProperties('dark', NAMES, true);

export const WIDGET_CSS = `
:host{all:initial!important;display:block!important;${LIGHT};font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif!important;color:var(--text)!important;text-align:start!important;visibility:visible!important}
:host([hidden]){display:none!important}
:host([theme=dark]){${DARK}}
@media (prefers-color-scheme:dark){:host(:not([theme=light])){${DARK}}}
*{box-sizing:border-box;margin:0;padding:0}
.w{max-width:100%;background:var(--bg);color:var(--text);border:1px solid var(--line);border-radius:12px;padding:12px 14px;display:grid;gap:10px;overflow-wrap:anywhere}
h2{font-size:18px;line-height:1.3}
h3{font-size:15px;line-height:1.3;color:var(--muted)}
ul{list-style:none;display:grid;gap:8px}
a{color:var(--link);text-underline-offset:.15em}
a:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.help{display:block;padding:12px;border-radius:10px;background:var(--danger);color:var(--on-danger);font-weight:700;font-size:17px;text-align:center;text-decoration:none}
.case{display:block;margin-top:8px;padding:10px;text-align:center;font-weight:700}
.tel{display:flex;flex-wrap:wrap;gap:6px}
.tel a{display:inline-flex;align-items:center;gap:4px;min-height:44px;padding:4px 10px;border:2px solid var(--danger);border-radius:10px;color:var(--text);text-decoration:none;font-size:14px}
.tel b{font-size:16px}
.lesson{display:grid;grid-template-columns:64px 1fr;gap:10px;align-items:start}
.lesson img{display:block;width:64px;height:36px;object-fit:cover;border-radius:6px;background:var(--badge)}
.kind{display:inline-block;padding:0 6px;border-radius:8px;background:var(--badge);font-size:12px}
.muted{color:var(--muted);font-size:14px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
