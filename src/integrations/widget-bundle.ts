/**
 * Builds the two scripts other sites load, at the end of every `astro build` (so `npm start`, the
 * build tests and CI get them) and on request in `astro dev`:
 * - `/widget.js`, an ES module from src/widget/index.ts, with only the widget's strings inlined;
 * - `/embed.js`, a classic script from src/widget/embed.ts that sizes the iframe variant.
 * They are bundled apart from the site's own JavaScript because they must not share chunks with
 * it: a host page loads one file and nothing else.
 *
 * The widget signs its view counts with WIDGET_TOKEN, a hash of its own code: the build writes
 * the token next to the build's server (WIDGET_TOKEN_FILE, not served), and the counter counts a
 * `source: widget` hit only with it (src/server/reach/hits.ts). It changes whenever the widget
 * does, and a widget cached by a school's browser keeps counting until then.
 */
import type { AstroIntegration } from 'astro';
import { build, type BuildOptions } from 'esbuild';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { widgetText } from '../i18n/widget';
import { embedScriptPath, widgetScriptPath } from '../lib/paths';
import { WIDGET_TOKEN_FILE } from '../server/reach/widget-token';

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

async function bundle(path: string, define: Record<string, string> = {}): Promise<string> {
  const options = BUNDLES[path]!;
  const result = await build({
    ...options,
    define: { ...options.define, ...define },
    bundle: true,
    minify: true,
    write: false,
    target: TARGETS,
    charset: 'utf8',
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}

const signed = (token: string) => ({ WIDGET_TOKEN: JSON.stringify(token) });

/** The widget's signature: a hash of its code without it, the same for every build of the same widget. */
async function widgetToken(): Promise<string> {
  const code = await bundle(widgetScriptPath, signed(''));
  return createHash('sha256').update(code).digest('base64url').slice(0, 32);
}

export default function widgetBundle(): AstroIntegration {
  let outDir = '';
  return {
    name: 'zanbala:widget-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          if (!(path in BUNDLES)) return next();
          try {
            const code = await bundle(path, signed(await widgetToken()));
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
        const token = await widgetToken();
        for (const path of Object.keys(BUNDLES)) {
          const code = await bundle(path, signed(token));
          await writeFile(new URL(`.${path}`, dir), code);
          logger.info(`Wrote ${path} (${Buffer.byteLength(code)} bytes)`);
        }
        await writeFile(`${outDir.replace(/\/$/, '')}/${WIDGET_TOKEN_FILE}`, token);
      },
    },
  };
}
