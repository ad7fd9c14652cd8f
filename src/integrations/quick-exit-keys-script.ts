/**
 * Builds `/quick-exit-keys.js` from src/quick-exit/keys.ts in every `astro build`, and serves it in
 * `astro dev`: Shift pressed three times leaves the site, loaded after the page has painted.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { quickExitKeysScriptPath } from '../lib/paths';
import { bundleClassicScript } from './classic-script.ts';

const bundle = () => bundleClassicScript(fileURLToPath(new URL('../quick-exit/keys.ts', import.meta.url)));

export default function quickExitKeysScript(): AstroIntegration {
  return {
    name: 'zanbala:quick-exit-keys-script',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0] !== quickExitKeysScriptPath) return next();
          bundle().then((code) => {
            response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            response.end(code);
          }, next);
        });
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL(`.${quickExitKeysScriptPath}`, dir), await bundle());
      },
    },
  };
}
