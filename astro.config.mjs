// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import node from '@astrojs/node';

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
      filter: (page) => !/\/(admin|api)\//.test(page) && !/\/help\/case\//.test(page),
    }),
  ],
  i18n: {
    locales: ['kk', 'ru'],
    defaultLocale: 'kk',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: true },
  },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
