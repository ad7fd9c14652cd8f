/**
 * MDX bodies as mdast, the syntax tree remark and MDX themselves use, so links, images, headings
 * and JSX components are found the way the build finds them, each with its line.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

/** Throws an error with `line` (relative to the body) when the MDX does not parse. */
export function parseMdx(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

/** The line (relative to the body) of an MDX parse error, when it carries one. */
export function errorLine(error: unknown): number {
  const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
  return place?.line ?? place?.start?.line ?? (error as { line?: number }).line ?? 1;
}
