/**
 * A lesson for an age sends its reader to the help page in words for that age: every link of the
 * lesson's text to `/{lang}/help/` gets the tier the page itself is written for (`?tier=7-10`),
 * unless the link already names one. Editors keep writing plain `/ru/help/` links.
 */
import type { Tier } from './audiences.ts';

/** A link to the help page, with whatever query and anchor it has. */
const HELP_LINK = /^\/(kk|ru)\/help\/(\?[^#]*)?(#.*)?$/;

/** The href with the tier added when it is a link to the help page; any other href as it is. */
export function helpHrefForTier(href: string, tier: Tier): string {
  const match = HELP_LINK.exec(href);
  if (!match) return href;
  const params = new URLSearchParams(match[2]?.slice(1) ?? '');
  if (params.has('tier')) return href;
  params.set('tier', tier);
  return `/${match[1]}/help/?${params.toString()}${match[3] ?? ''}`;
}

const HREF = /(<a\b[^>]*?\bhref=")([^"]*)(")/gi;

/** Rendered HTML with every help link given the tier. */
export function withHelpTier(html: string, tier: Tier): string {
  return html.replace(HREF, (_whole, before: string, href: string, after: string) => {
    const plain = href.replace(/&amp;/g, '&');
    const changed = helpHrefForTier(plain, tier);
    return changed === plain ? `${before}${href}${after}` : `${before}${changed.replace(/&/g, '&amp;')}${after}`;
  });
}
