/**
 * The one reader of the id lists in content/data (regions, topics, MCI years) for code that runs
 * outside Astro: the content check, `npm run admin`, the report benchmark and the tests. Astro's
 * own loader (src/content.config.ts) reads the same files for the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Ids of a data file that is a YAML list of `{ id, … }`; none when the file is missing. */
export function dataIds(root: string, name: string): string[] {
  const path = join(root, 'content', 'data', name);
  if (!existsSync(path)) return [];
  const items: unknown = parse(readFileSync(path, 'utf8'));
  return Array.isArray(items) ? items.map((item: { id?: unknown }) => String(item?.id)) : [];
}

/** The region ids of content/data/regions.yaml under `root` (the project folder). */
export function regionIds(root: string): string[] {
  const ids = dataIds(root, 'regions.yaml');
  if (ids.length === 0) throw new Error(`No regions found in ${join(root, 'content', 'data', 'regions.yaml')}: is this the project folder?`);
  return ids;
}
