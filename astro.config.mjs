// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import node from '@astrojs/node';
import searchIndex from './src/integrations/search-index.ts';
import widgetBundle from './src/integrations/widget-bundle.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { inSitemap } from './src/lib/robots.ts';

/** Public origin of the site; QR codes, feeds and canonical links are built from it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  integrations: [
    mdx(),
    preact(),
    sitemap({
      i18n: { defaultLocale: 'kk', locales: { kk: 'kk-KZ', ru: 'ru-KZ' } },
      // Leaves out what robots.txt disallows, and `/`, which only redirects.
      filter: inSitemap,
      // The help and transparency pages render on demand, so the sitemap names them itself.
      customPages: ['kk', 'ru'].flatMap((lang) => ['help', 'transparency'].map((page) => new URL(`/${lang}/${page}/`, site).href)),
    }),
    searchIndex(),
    widgetBundle(),
    serviceWorker(),
  ],
  i18n: {
    locales: ['kk', 'ru'],
    defaultLocale: 'kk',
    // Manual, so src/middleware.ts can apply the same rules (every page under /kk/ or /ru/) to
    // all but the offices' inbox at /admin/, which has no language prefix.
    routing: 'manual',
  },
  build: { format: 'directory' },
  // Covers are SVG files from the editors (trusted, in the repository); messengers need a JPEG of
  // them for link previews, so Astro may rasterize SVG when a JPEG is asked for (issue 7).
  image: { dangerouslyProcessSVG: true },
  // The origin of state-changing requests is checked in src/middleware.ts instead: help forms
  // are sent with `Origin: null` under their `no-referrer` policy, which this check refuses.
  security: { checkOrigin: false },
  devToolbar: { enabled: false },
});
