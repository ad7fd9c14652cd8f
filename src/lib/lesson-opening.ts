/**
 * The opening of a lesson is the first paragraph of its text. On a webinar page what would push it
 * off a phone's first screen (the facts panel, the cover) comes right after it.
 */

/**
 * Splits rendered HTML after its first element when that is a paragraph; a body that starts with
 * anything else (a heading, a list, a fact) has no opening, and all of it is the rest.
 */
export function splitOpening(html: string): { opening: string; rest: string } {
  const match = /^\s*<p\b[\s\S]*?<\/p>/.exec(html);
  if (!match) return { opening: '', rest: html };
  return { opening: match[0], rest: html.slice(match[0].length) };
}
