/**
 * The opening of a child's message that a queue row shows: about 120 characters, cut at a word,
 * on one line. Only moderators of the case's region see it; analysts' pages never do.
 */
export const PREVIEW_LENGTH = 120;

export function previewOf(text: string, length = PREVIEW_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= length) return line;
  const cut = line.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  // A word longer than a third of the preview is cut where it is, rather than losing it all.
  return `${(lastSpace > length * 0.66 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
