/**
 * A throwaway copy of the project for builds that change content (the build tests, `npm run
 * bench:build`), sharing node_modules.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Build output, caches and local data: none of it is an input of a build. */
const NOT_COPIED = new Set(['node_modules', 'dist', 'builds', '.git', '.astro', 'data', 'test-results', 'playwright-report', 'coverage']);

/**
 * Links each package of `root`'s node_modules into `target`/node_modules, rather than
 * node_modules itself: Astro keeps its content cache in node_modules/.astro, and a copy's
 * lessons must not land in the project's cache.
 * @param {string} root @param {string} target
 */
export function linkPackages(root, target) {
  mkdirSync(join(target, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(root, 'node_modules', entry), join(target, 'node_modules', entry));
  }
}

/** @param {string} root @param {string} prefix @returns {string} the copy's folder, in the system's temp folder */
export function copyProject(root, prefix) {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  cpSync(root, copy, { recursive: true, filter: (source) => !NOT_COPIED.has(source.slice(root.length).split('/')[0] ?? '') });
  linkPackages(root, copy);
  return copy;
}
