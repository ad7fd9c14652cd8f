/**
 * Builds the offline worker at the end of every `astro build`:
 * - `/sw.js` from src/service-worker/worker.ts, with the list of kept files (the pages of
 *   src/lib/offline.ts and the styles, scripts and icon their built HTML names) and a version
 *   made from the content of those files, so a build that changes any of them makes a new cache
 *   and the browser replaces the old worker;
 * - `/sw-register.js` from src/service-worker/register.ts, the file every public page loads.
 * `astro dev` serves neither, and the layouts load the registration only in a build.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { OFFLINE_PAGES, pageAssets } from '../lib/offline';
import { serviceWorkerPath, serviceWorkerRegistrationPath } from '../lib/paths';
import { bundleClassicScript } from './classic-script.ts';

const source = (file: string) => fileURLToPath(new URL(`../service-worker/${file}`, import.meta.url));

/** The built file behind a path: `/kk/` → dist/client/kk/index.html. */
const builtFile = (dir: URL, path: string) => new URL(`.${path.endsWith('/') ? `${path}index.html` : path}`, dir);

const bundle = (entry: string, define?: Record<string, string>) => bundleClassicScript(source(entry), define);

/** The kept files and a version that changes whenever one of them does. */
async function keptFiles(dir: URL): Promise<{ kept: string[]; version: string }> {
  const hash = createHash('sha256');
  const assets = new Set<string>();
  for (const page of OFFLINE_PAGES) {
    const html = await readFile(builtFile(dir, page), 'utf8');
    hash.update(html);
    for (const asset of pageAssets(html)) assets.add(asset);
  }
  for (const asset of [...assets].sort()) hash.update(await readFile(builtFile(dir, asset)));
  return { kept: [...OFFLINE_PAGES, ...[...assets].sort()], version: hash.digest('hex').slice(0, 16) };
}

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'zanbala:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The registration first: the kept pages load it, so it is kept and hashed with them.
        await writeFile(builtFile(dir, serviceWorkerRegistrationPath), await bundle('register.ts'));
        const { kept, version } = await keptFiles(dir);
        const worker = await bundle('worker.ts', { SW_VERSION: JSON.stringify(version), SW_KEPT: JSON.stringify(kept) });
        await writeFile(builtFile(dir, serviceWorkerPath), worker);
        logger.info(`Wrote ${serviceWorkerPath} (version ${version}, keeps ${kept.length} files)`);
      },
    },
  };
}
