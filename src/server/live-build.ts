/**
 * The build this server answers from, and the switch to a newer one. Every `astro build` writes
 * a folder of its own and then points `dist` at it (scripts/lib/builds.mjs); this module notices
 * the new target within a second, loads its handler from the build's own folder, and sends the
 * next requests there. Requests in flight finish on the build they started on, whose files stay
 * where they were. A build made for another origin than the server's `SITE_URL` is not taken:
 * one line in the log says so and the server keeps the build it has. Imported by plain Node.
 */
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { markServing, readBuildInfo, unmarkServing } from '../../scripts/lib/builds.mjs';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const POLL_MS = 1000;

async function loadHandler(buildDir: string): Promise<Handler> {
  // The adapter's own server would start on import; ours adds headers and limits, so it stays off.
  process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
  const entry = await import(pathToFileURL(join(buildDir, 'server', 'entry.mjs')).href);
  return entry.handler as Handler;
}

export interface LiveBuild {
  /** The handler of the build in use now. */
  handler(): Handler;
  /** The folder of the build in use now. */
  folder(): string;
  stop(): void;
}

/**
 * Serves the build `dist` under `root` points to, and follows it when it moves.
 * `origin` is the runtime SITE_URL's origin, when one was given.
 */
export async function startLiveBuild(root: string, origin: string | undefined, log: (line: string) => void = console.log): Promise<LiveBuild> {
  const dist = join(root, 'dist');
  let folder = realpathSync(dist);
  let current = await loadHandler(folder);
  markServing(folder);
  let refused: string | undefined;
  let switching = false;

  async function follow() {
    let target: string;
    try {
      target = realpathSync(dist);
    } catch {
      return; // between a removal and a rename, or dist deleted by hand: keep what we have
    }
    if (target === folder || target === refused || switching) return;
    const built = readBuildInfo(target)?.origin;
    if (origin && built !== origin) {
      refused = target;
      log(`A new build in ${target} is for ${built ?? 'an unknown origin'}, not ${origin}: still serving the build in ${folder}.`);
      return;
    }
    switching = true;
    try {
      current = await loadHandler(target);
      markServing(target);
      // The old build's files stay until a later build prunes them: requests in flight still use them.
      unmarkServing(folder);
      folder = target;
      log(`Now serving the new build in ${target}.`);
    } catch (error) {
      refused = target;
      log(`The new build in ${target} cannot be loaded (${error instanceof Error ? error.message : error}): still serving the build in ${folder}.`);
    } finally {
      switching = false;
    }
  }

  const timer = setInterval(() => void follow(), POLL_MS);
  timer.unref();
  process.once('exit', () => unmarkServing(folder));
  return { handler: () => current, folder: () => folder, stop: () => clearInterval(timer) };
}
