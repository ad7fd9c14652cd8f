/**
 * The HTML a school pastes into its site: the custom-element widget, or the iframe for hosts
 * that allow nothing but iframes. The schools page shows a default one without JavaScript and its
 * builder makes the others, both from here.
 */
import type { Audience } from './audiences.ts';
import type { Lang } from './langs.ts';
import { absoluteUrl, embedPath, embedScriptPath, widgetScriptPath } from './paths.ts';
import { escapeAttribute } from './html.ts';

/** What a school chooses in the builder. */
export interface EmbedChoice {
  lang: Lang;
  audience: Audience;
  /** A region id from content/data/regions.yaml; the help button then opens that region's office. */
  region?: string | undefined;
  /** How many lessons the widget lists. */
  limit?: number | undefined;
}

/**
 * The iframe starts this big (CSS pixels); embed.js then makes it as wide as the host allows
 * and as tall as its content. Attributes, not a style attribute: a host CSP without
 * 'unsafe-inline' drops style attributes, but not styles set from a script.
 */
export const IFRAME_START_SIZE = { width: 360, height: 640 };

/** Without it the browser tells us the host page's address (Kundelik's, a class's) with each request. */
const NO_REFERRER = 'referrerpolicy="no-referrer"';

export function widgetSnippet(origin: string, choice: EmbedChoice): string {
  const attributes: [string, string | undefined][] = [
    ['lang', choice.lang],
    ['audience', choice.audience],
    ['region', choice.region],
    ['limit', choice.limit === undefined ? undefined : String(choice.limit)],
  ];
  const written = attributes
    .filter((pair): pair is [string, string] => Boolean(pair[1]))
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<script type="module" src="${absoluteUrl(widgetScriptPath, origin)}" ${NO_REFERRER}></script>\n<zanbala-widget${written}></zanbala-widget>`;
}

/** The iframe's address: the embed page, with the region as a query the page reads. */
export function embedUrl(origin: string, choice: EmbedChoice): string {
  const url = new URL(absoluteUrl(embedPath(choice.lang, choice.audience), origin));
  if (choice.region) url.searchParams.set('region', choice.region);
  return url.href;
}

/** `title` names the frame for screen readers, in the widget's language. */
export function iframeSnippet(origin: string, choice: EmbedChoice, title: string): string {
  return (
    `<iframe src="${escapeAttribute(embedUrl(origin, choice))}" title="${escapeAttribute(title)}"` +
    ` width="${IFRAME_START_SIZE.width}" height="${IFRAME_START_SIZE.height}" loading="lazy" ${NO_REFERRER}></iframe>\n` +
    `<script src="${absoluteUrl(embedScriptPath, origin)}" async ${NO_REFERRER}></script>`
  );
}
