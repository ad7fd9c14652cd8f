/** A throwaway copy of the project for build tests that change content, sharing node_modules. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Build output, caches and local data: none of it is an input of a build. */
const NOT_COPIED = new Set(['node_modules', 'dist', 'builds', '.git', '.astro', 'data', 'test-results', 'playwright-report', 'coverage']);

export function copyProject(root: string, prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  cpSync(root, copy, { recursive: true, filter: (source) => !NOT_COPIED.has(source.slice(root.length).split('/')[0] ?? '') });
  // Link each package rather than node_modules itself: Astro keeps its content cache in
  // node_modules/.astro, and the copy's lessons must not land in the project's cache.
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(root, 'node_modules', entry), join(copy, 'node_modules', entry));
  }
  return copy;
}
