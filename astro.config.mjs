// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import node from '@astrojs/node';
import searchIndex from './src/integrations/search-index.ts';
import widgetBundle from './src/integrations/widget-bundle.ts';
import buildSwitch from './src/integrations/build-switch.ts';
import siteData from './src/integrations/site-data.ts';
import palette from './src/integrations/palette.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import afterPaintScripts from './src/integrations/after-paint-scripts.ts';
import precompressStatic from './src/integrations/precompress.ts';
import lessonIndex from './src/integrations/lesson-index.ts';
import { inSitemap } from './src/lib/robots.ts';
import { PAGE_DIRECTIVES, SCRIPT_SOURCES } from './src/lib/csp.ts';
import { newBuildDir } from './scripts/lib/builds.mjs';

/** Public origin of the site; QR codes, feeds and canonical links are built from it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/**
 * `astro build` writes a folder of its own and switches `dist` to it when done, so a running
 * server never sees half a build (scripts/lib/builds.mjs); every other command reads `dist`.
 */
const building = process.argv.includes('build');
const outDir = building ? newBuildDir(fileURLToPath(new URL('.', import.meta.url))) : './dist';

/**
 * The one moment this build is made at, for every page and for the server it writes: it decides
 * which lessons are published, which webinars are past and this year's MCI. Pages render in
 * several worker threads, each with its own modules, so a `new Date()` in a module would give
 * each worker its own moment, and a lesson due in between would be listed on one page and have
 * no page of its own. (src/site/build-time.ts reads it.)
 */
const buildTime = new Date().toISOString();

/**
 * How many worker threads render the pages (Astro's `experimental.parallelPrerender`); 0, the
 * default, renders them on the main thread. On 2 cores one or two workers were slower than none
 * (`npm run bench:build -- --workers 1,2`, docs/operations.md); a machine with more cores may
 * set `PRERENDER_WORKERS`.
 * @returns {false | { workers: number }}
 */
function parallelPrerender(value = process.env.PRERENDER_WORKERS ?? '0') {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 0) throw new Error(`PRERENDER_WORKERS must be a whole number ≥ 0, not "${value}"`);
  return workers === 0 ? false : { workers };
}

export default defineConfig({
  site,
  outDir,
  trailingSlash: 'always',
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  integrations: [
    palette(),
    mdx(),
    // Only the islands are Preact. Without `include`, its Vite plugin runs Babel over every
    // TypeScript file of src/ in each of the three bundles: seconds of every build for nothing.
    preact({ include: ['**/src/islands/*.tsx'] }),
    sitemap({
      i18n: { defaultLocale: 'kk', locales: { kk: 'kk-KZ', ru: 'ru-KZ' } },
      // Leaves out what robots.txt disallows, and `/`, which only redirects.
      filter: inSitemap,
      // The help, transparency and Safe region pages render on demand, so the sitemap names them itself.
      customPages: ['kk', 'ru'].flatMap((lang) => ['help', 'transparency', 'safe-region'].map((page) => new URL(`/${lang}/${page}/`, site).href)),
    }),
    // First after the sitemap: the file it moves is for the server, not a page.
    siteData(),
    searchIndex(),
    lessonIndex(),
    widgetBundle(),
    serviceWorker(),
    afterPaintScripts(),
    // After every integration that writes files into the client output: it compresses them all.
    precompressStatic(),
    // Last: the build is complete only after every other integration has written its files.
    buildSwitch(),
  ],
  i18n: {
    locales: ['kk', 'ru'],
    defaultLocale: 'kk',
    // Manual, so src/middleware.ts can apply the same rules (every page under /kk/ or /ru/) to
    // all but the offices' inbox at /admin/, which has no language prefix.
    routing: 'manual',
  },
  // Every page carries its own CSS (a few KB gzip): on a slow phone network a stylesheet is one
  // more round trip before anything shows, which Lighthouse counted as render-blocking. A few
  // pages render at a time: while one waits for its file to be written, the next renders (with a
  // thousand lessons, one at a time left the build idle for seconds).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // Covers are SVG files from the editors (trusted, in the repository); messengers need a JPEG of
  // them for link previews, so Astro may rasterize SVG when a JPEG is asked for.
  image: { dangerouslyProcessSVG: true },
  // The origin of state-changing requests is checked in src/middleware.ts instead: help forms
  // are sent with `Origin: null` under their `no-referrer` policy, which this check refuses.
  // The script and style hashes of every page go in a <meta> policy Astro writes; the server
  // adds the rest of the policy as a header (src/server/http-headers.ts), where frame-ancestors works.
  security: {
    checkOrigin: false,
    csp: {
      algorithm: 'SHA-256',
      directives: /** @type {any} */ (PAGE_DIRECTIVES),
      scriptDirective: { resources: SCRIPT_SOURCES },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Lessons have no code to highlight, and Shiki's inline styles would break the pages' CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // A preview is decided when the site is built, also for the pages rendered per request: a
  // production build never shows unconfirmed channels, whatever its server's environment says.
  // SHOW_SAMPLES likewise: whether sample content is in the build is decided once, here.
  vite: {
    define: {
      'import.meta.env.PREVIEW_DRAFTS': JSON.stringify(process.env.PREVIEW_DRAFTS ?? ''),
      'import.meta.env.SHOW_SAMPLES': JSON.stringify(process.env.SHOW_SAMPLES ?? ''),
      'import.meta.env.BUILD_TIME': JSON.stringify(buildTime),
    },
  },
  experimental: { parallelPrerender: parallelPrerender() },
});
