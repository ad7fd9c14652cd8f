/**
 * Builds the scripts pages load once they have painted (AfterPaintScripts.astro) in every
 * `astro build`, and serves them in `astro dev`: `/print-qr.js` from src/print/print-qr.ts, which
 * puts printed QR codes in place before a page prints, `/hit.js` from src/page-view/count-view.ts,
 * which counts the page view, and `/quick-exit-keys.js` from src/quick-exit/keys.ts, which leaves the
 * site when Shift is pressed three times.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { hitScriptPath, printQrScriptPath, quickExitKeysScriptPath } from '../lib/after-paint-paths';
import { bundleClassicScript } from './classic-script.ts';

const ENTRIES: Record<string, string> = {
  [printQrScriptPath]: '../print/print-qr.ts',
  [hitScriptPath]: '../page-view/count-view.ts',
  [quickExitKeysScriptPath]: '../quick-exit/keys.ts',
};

const bundle = (entry: string) => bundleClassicScript(fileURLToPath(new URL(entry, import.meta.url)));

export default function afterPaintScripts(): AstroIntegration {
  return {
    name: 'zanbala:after-paint-scripts',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const entry = ENTRIES[request.url?.split('?')[0] ?? ''];
          if (!entry) return next();
          bundle(entry).then((code) => {
            response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            response.end(code);
          }, next);
        });
      },
      'astro:build:done': async ({ dir }) => {
        await Promise.all(Object.entries(ENTRIES).map(async ([path, entry]) => writeFile(new URL(`.${path}`, dir), await bundle(entry))));
      },
    },
  };
}
