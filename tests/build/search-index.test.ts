/**
 * The search index of one site is the same in every build: its files are named by hashes that a
 * CDN keeps for a year, so an index that changed with every build would send each reader the
 * whole index again after a deploy that changed no lesson. Two builds of one copy.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/build.mjs';
import { copyProject } from '../support/project-copy';

const root = fileURLToPath(new URL('../..', import.meta.url));
const quietEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };

/** Every file of the built index, by its path, with its bytes. */
function searchIndex(copy: string): Map<string, Buffer> {
  const folder = join(copy, 'dist', 'client', 'pagefind');
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(folder.length), readFileSync(join(entry.parentPath, entry.name))]));
}

describe('the search index', () => {
  let copy: string | undefined;
  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('comes out byte for byte the same from two builds of the same lessons', () => {
    copy = copyProject(root, 'zanbala-search-index-');
    const first = astroBuild(copy, { quiet: true, env: quietEnv });
    expect(first.ok, first.output.slice(-3000)).toBe(true);
    const before = searchIndex(copy);
    const second = astroBuild(copy, { quiet: true, env: quietEnv });
    expect(second.ok, second.output.slice(-3000)).toBe(true);
    const after = searchIndex(copy);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(before.size).toBeGreaterThan(10);
    for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes), path).toBe(true);
  });
});
