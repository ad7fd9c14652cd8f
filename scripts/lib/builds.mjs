/**
 * Where builds go, so that a build never writes over the files a running server uses: each
 * `astro build` writes a folder of its own under builds/, and only when it is complete is
 * `dist` (a symbolic link) switched to it in one rename. A server that imported the old build
 * keeps its files until it moves to the new one (src/server/live-build.ts); a few old builds
 * are kept for requests still in flight on them.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

export const BUILDS_DIR = 'builds';
export const DIST = 'dist';
/** Written into every build: what it was made for, read by `npm start` and the server. */
export const BUILD_INFO = 'build.json';
/** `OUT_DIR` sends a build elsewhere (posters build for another origin); `dist` stays as it is. */
export const OUT_DIR_VARIABLE = 'ZANBALA_OUT_DIR';
/** Builds older than the one `dist` points to that are kept, for a server still finishing requests on them. */
const KEPT_PREVIOUS = 2;

/**
 * The folder this `astro build` writes to: `ZANBALA_OUT_DIR` when set, else a new folder under
 * builds/ named by the time, so names sort in build order.
 * @param {string} root
 * @param {NodeJS.ProcessEnv} [env]
 */
export function newBuildDir(root, env = process.env) {
  const chosen = env[OUT_DIR_VARIABLE];
  if (chosen) return chosen;
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return join(root, BUILDS_DIR, `${stamp}-${process.pid}`);
}

/** Names of the builds `dist` may point to, which sort in build order; other folders are left alone. */
const BUILD_NAME = /^\d{8}/;

/**
 * Whether `outDir` is one of the folders under builds/ that `dist` may point to.
 * @param {string} root @param {string} outDir
 */
export const isManagedBuild = (root, outDir) => resolve(dirname(outDir)) === resolve(root, BUILDS_DIR) && BUILD_NAME.test(basename(outDir));

/**
 * A folder for a build that `dist` must not point to (posters for another origin). It is inside
 * the project, as a build outside it would not find node_modules.
 * @param {string} root @param {string} purpose
 */
export function buildApart(root, purpose) {
  const dir = join(root, BUILDS_DIR, `${purpose}-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Whether the environment asks a production build to show sample content (`SHOW_SAMPLES=1`; see
 * showsSamples() in src/lib/lessons.ts, which also shows samples in any preview).
 * @param {NodeJS.ProcessEnv} env
 */
export const asksForSamples = (env) => env.SHOW_SAMPLES === '1' || env.SHOW_SAMPLES === 'true';

/**
 * Records what a finished build was made for.
 * @param {string} outDir
 * @param {{ origin: string, showSamples: boolean }} info
 */
export function writeBuildInfo(outDir, info) {
  writeFileSync(join(outDir, BUILD_INFO), `${JSON.stringify({ ...info, builtAt: new Date().toISOString() }, null, 2)}\n`);
}

/**
 * What a build folder says about itself; undefined for a build made before builds recorded it.
 * @param {string} buildDir
 * @returns {{ origin: string, showSamples?: boolean, builtAt: string } | undefined}
 */
export function readBuildInfo(buildDir) {
  const file = join(buildDir, BUILD_INFO);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Points `dist` at a finished build in one rename (atomic on one file system), then deletes
 * builds older than the last few. A `dist` that is a plain folder (made before builds went
 * apart) is moved under builds/ first.
 * @param {string} root
 * @param {string} buildDir a folder under builds/
 */
export function switchTo(root, buildDir) {
  const dist = join(root, DIST);
  const stat = lstatSync(dist, { throwIfNoEntry: false });
  if (stat && !stat.isSymbolicLink()) renameSync(dist, join(root, BUILDS_DIR, `00000000-earlier-${process.pid}`));
  const temporary = join(root, `${DIST}.${process.pid}.next`);
  rmSync(temporary, { force: true });
  symlinkSync(relative(root, buildDir), temporary);
  renameSync(temporary, dist);
  prune(root, buildDir);
}

/** @param {string} root @param {string} current */
function prune(root, current) {
  const dir = join(root, BUILDS_DIR);
  const older = readdirSync(dir)
    .filter((name) => BUILD_NAME.test(name) && name < basename(current))
    .sort()
    .reverse();
  for (const name of older.slice(KEPT_PREVIOUS)) {
    if (!inUse(join(dir, name))) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

const SERVING_MARK = /^\.serving-(\d+)$/;

/**
 * Marks a build as served by this process, so no later build deletes it while it is in use
 * (a server that refused a build for another origin stays on an older one).
 * @param {string} buildDir
 */
export function markServing(buildDir) {
  writeFileSync(join(buildDir, `.serving-${process.pid}`), '');
}

/** @param {string} buildDir */
export function unmarkServing(buildDir) {
  rmSync(join(buildDir, `.serving-${process.pid}`), { force: true });
}

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** @param {string} buildDir */
function inUse(buildDir) {
  return readdirSync(buildDir).some((name) => {
    const pid = name.match(SERVING_MARK)?.[1];
    return pid !== undefined && alive(Number(pid));
  });
}

/**
 * The build folder `dist` points to now, or `dist` itself when it is a plain folder.
 * @param {string} root
 */
export function currentBuild(root) {
  return realpathSync(join(root, DIST));
}

/** @param {string} root */
export function ensureBuildsDir(root) {
  mkdirSync(join(root, BUILDS_DIR), { recursive: true });
}
