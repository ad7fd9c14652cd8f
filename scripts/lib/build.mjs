/**
 * When the built site in dist/ is out of date, and how to rebuild it. Shared by `npm start`,
 * `npm run bench` and the build tests, so all three agree on what "built" means.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { asksForSamples, readBuildInfo } from './builds.mjs';

/** Everything a build reads; a change in any of them makes dist/ stale. */
export const BUILD_INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

/** Written by every build, so its mtime is the time of the last build. */
const SERVER_ENTRY = join('dist', 'server', 'entry.mjs');

/** The newest mtime (ms) of a file or of any file below a folder; 0 when the path is absent. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file only shows as its folder's mtime
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * The origin `SITE_URL` names, or undefined when it is unset.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function wantedOrigin(env = process.env) {
  if (!env.SITE_URL) return undefined;
  try {
    return new URL(env.SITE_URL).origin;
  } catch {
    throw new Error(`SITE_URL must be the site's public address, such as https://zanbala.kz, not "${env.SITE_URL}"`);
  }
}

/**
 * Why dist/ under `root` must be rebuilt, or `undefined` when it is up to date. With `origin`
 * (the runtime SITE_URL), a build made for another origin is stale too: its canonical links,
 * feeds, sitemap and QR codes would name the wrong site. A build made with SHOW_SAMPLES=1 when the
 * environment does not ask for it, or the other way round, is stale as well: a production server
 * must never serve invented people and events. (PREVIEW_DRAFTS is not compared: a preview is a kind
 * of build, which the server's environment neither makes nor undoes.)
 * @param {string} root
 * @param {{ origin?: string | undefined, env?: NodeJS.ProcessEnv }} [options]
 * @returns {string | undefined}
 */
export function staleReason(root, { origin, env = process.env } = {}) {
  const entry = join(root, SERVER_ENTRY);
  if (!existsSync(entry) || !existsSync(join(root, 'dist', 'client'))) return 'dist/ is missing';
  const info = readBuildInfo(join(root, 'dist'));
  const builtFor = info?.origin;
  if (origin && builtFor !== origin) return `the last build was made for ${builtFor ?? 'an unknown origin'}, and SITE_URL is ${origin}`;
  const samples = asksForSamples(env);
  if ((info?.showSamples ?? false) !== samples) {
    return samples ? 'the last build left sample content out, and SHOW_SAMPLES asks for it' : 'the last build was made with SHOW_SAMPLES, which is not set now';
  }
  const builtAt = statSync(entry).mtimeMs;
  const changed = BUILD_INPUTS.find((input) => newestMtime(join(root, input)) > builtAt);
  return changed ? `${changed} changed since the last build` : undefined;
}

/**
 * Variables a test runner sets (Vitest copies Vite's `import.meta.env` into process.env); left
 * in, they switch Astro to test or dev behaviour and the budgets would measure another site.
 */
const RUNNER_VARIABLES = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX']);

/** @param {NodeJS.ProcessEnv} env */
function buildEnv(env) {
  const clean = Object.entries(env).filter(([name]) => !RUNNER_VARIABLES.has(name) && !name.startsWith('VITEST'));
  return { ASTRO_TELEMETRY_DISABLED: '1', ...Object.fromEntries(clean) };
}

/**
 * Runs `astro build` in `root` with the project's own Astro and the Node running this script.
 * @param {string} root
 * @param {{ quiet?: boolean, env?: NodeJS.ProcessEnv }} [options] `quiet` captures the output instead of printing it
 * @returns {{ ok: boolean, output: string }}
 */
export function astroBuild(root, { quiet = false, env = process.env } = {}) {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    env: buildEnv(env),
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/**
 * Builds `root` unless dist/ is up to date (for `origin`, when given); throws when the build fails.
 * @param {string} root
 * @param {{ quiet?: boolean, origin?: string | undefined }} [options]
 */
export function ensureBuilt(root, { quiet = false, origin } = {}) {
  const reason = staleReason(root, { origin });
  if (!reason) return;
  if (!quiet) console.log(`Building the site: ${reason}.`);
  const { ok, output } = astroBuild(root, { quiet });
  if (!ok) throw new Error(`astro build failed${quiet ? `:\n${output}` : ''}`);
}
