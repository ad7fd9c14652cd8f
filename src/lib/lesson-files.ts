/**
 * Where lessons sit in content/ and what Astro's glob loader makes of a file's path, for code that
 * reads lesson files without Astro: the content check and the server's list of pages.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { slug as slugify } from 'github-slugger';

/** The YAML between the opening `---` and the closing one. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

/** Every .mdx file below a folder, skipping `_` files as the collections' glob pattern does. */
export function mdxFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return entry.name.endsWith('.mdx') && !entry.name.startsWith('_') ? [path] : [];
  });
}

/**
 * The entry id Astro's glob loader gives a file: a `slug` field if there is one, else the path
 * without extension, each segment slugified and a final `/index` dropped (so `Foo Bar.mdx` and
 * `foo-bar.mdx` collide).
 */
export function entryId(pathInKind: string, data: Record<string, unknown>): string {
  if (typeof data['slug'] === 'string') return data['slug'];
  return pathInKind
    .replace(/\.mdx$/, '')
    .split('/')
    .map((segment) => slugify(segment))
    .join('/')
    .replace(/\/index$/, '');
}
