/**
 * Builds `/print-qr.js` from src/print/print-qr.ts in every `astro build`, and serves it in
 * `astro dev`: the script that puts printed QR codes in place before a page prints.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printQrScriptPath } from '../lib/paths';
import { bundleClassicScript } from './classic-script.ts';

const bundle = () => bundleClassicScript(fileURLToPath(new URL('../print/print-qr.ts', import.meta.url)));

export default function printQrScript(): AstroIntegration {
  return {
    name: 'zanbala:print-qr-script',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0] !== printQrScriptPath) return next();
          bundle().then((code) => {
            response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            response.end(code);
          }, next);
        });
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL(`.${printQrScriptPath}`, dir), await bundle());
      },
    },
  };
}
