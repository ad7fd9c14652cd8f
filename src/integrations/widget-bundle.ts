/**
 * Builds the two scripts other sites load, at the end of every `astro build` (so `npm start`, the
 * build tests and CI get them) and on request in `astro dev`:
 * - `/widget.js`, an ES module from src/widget/index.ts, with only the widget's strings inlined;
 * - `/embed.js`, a classic script from src/widget/embed.ts that sizes the iframe variant.
 * They are bundled apart from the site's own JavaScript because they must not share chunks with
 * it: a host page loads one file and nothing else.
 */
import type { AstroIntegration } from 'astro';
import { build, type BuildOptions } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { widgetText } from '../i18n/widget';
import { embedScriptPath, widgetScriptPath } from '../lib/paths';

const source = (file: string) => fileURLToPath(new URL(`../widget/${file}`, import.meta.url));

/** The bundles, keyed by the path they are served at. */
const BUNDLES: Record<string, BuildOptions> = {
  [widgetScriptPath]: {
    entryPoints: [source('index.ts')],
    format: 'esm',
    define: { WIDGET_TEXT: JSON.stringify({ kk: widgetText('kk'), ru: widgetText('ru') }) },
  },
  [embedScriptPath]: { entryPoints: [source('embed.ts')], format: 'iife' },
};

/** Custom elements, shadow DOM and adopted stylesheets all need browsers at least this new. */
const TARGETS = ['chrome90', 'firefox101', 'safari16.4'];

async function bundle(path: string): Promise<string> {
  const result = await build({
    ...BUNDLES[path],
    bundle: true,
    minify: true,
    write: false,
    target: TARGETS,
    charset: 'utf8',
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}

export default function widgetBundle(): AstroIntegration {
  return {
    name: 'zanbala:widget-bundle',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          if (!(path in BUNDLES)) return next();
          try {
            const code = await bundle(path);
            response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            response.setHeader('Access-Control-Allow-Origin', '*');
            response.end(code);
          } catch (error) {
            // A syntax error in the widget shows in the dev server's overlay instead of a hung request.
            next(error);
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const path of Object.keys(BUNDLES)) {
          const code = await bundle(path);
          await writeFile(new URL(`.${path}`, dir), code);
          logger.info(`Wrote ${path} (${Buffer.byteLength(code)} bytes)`);
        }
      },
    },
  };
}
