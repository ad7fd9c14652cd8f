/**
 * Moves the build's site data (src/pages/site-data.json.ts) from the served files to the build's
 * own folder, where the API reads it (src/server/api/site-data.ts): it is for the server, not a
 * page of the site.
 */
import type { AstroIntegration } from 'astro';
import { rename } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SITE_DATA_FILE } from '../server/api/site-data';

export default function siteData(): AstroIntegration {
  let outDir = '';
  return {
    name: 'zanbala:site-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir }) => {
        await rename(fileURLToPath(new URL(SITE_DATA_FILE, dir)), `${outDir.replace(/\/$/, '')}/${SITE_DATA_FILE}`);
      },
    },
  };
}
