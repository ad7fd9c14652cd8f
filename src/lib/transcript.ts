/**
 * A video page's transcript is what the video says, and only that. Extra reading may follow it in
 * the same MDX body under a level-2 heading whose text is the language's "more" heading
 * («Толығырақ», «Подробнее»): the transcript is everything before the first such heading, and
 * the heading with all that follows is the extra reading. A body without the heading is all
 * transcript.
 */

/** Splits an MDX body at its first `## {heading}` line. */
export function splitTranscriptMdx(mdx: string, heading: string): { transcript: string; more: string } {
  const marker = new RegExp(`^##[ \\t]+${escapeRegExp(heading)}[ \\t]*$`, 'm');
  const match = marker.exec(mdx);
  if (!match) return { transcript: mdx, more: '' };
  return { transcript: mdx.slice(0, match.index), more: mdx.slice(match.index) };
}

/** Splits rendered HTML at its first `<h2>` whose text (tags aside) is the heading. */
export function splitTranscriptHtml(html: string, heading: string): { transcript: string; more: string } {
  for (const match of html.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)) {
    if (textOf(match[1] ?? '') === heading) return { transcript: html.slice(0, match.index), more: html.slice(match.index) };
  }
  return { transcript: html, more: '' };
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
