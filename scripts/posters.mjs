/**
 * `npm run posters`: prints every region's poster, in Kazakh and Russian, to
 * posters/{lang}/{region}.pdf (one A4 page each) with Chromium, from the built site served by
 * our own server. The QR codes carry the origin the site was built for, so set SITE_URL to the
 * public origin: when it differs from the served build's, the site is built for it in a folder
 * apart (builds/posters-…), never the one dist/ points to, which a running server may be using.
 */
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/browser.ts';
import { astroBuild, ensureBuilt, wantedOrigin } from './lib/build.mjs';
import { buildApart, OUT_DIR_VARIABLE, readBuildInfo } from './lib/builds.mjs';
import { killAll, startServer } from './lib/child-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'posters');
const LANGS = ['kk', 'ru'];

/**
 * The origin a build's canonical links (and so its QR codes) use, if it is built.
 * @param {string} build
 */
function builtOrigin(build) {
  const page = join(build, 'client', 'kk', 'posters', 'index.html');
  if (!existsSync(page)) return undefined;
  const canonical = readFileSync(page, 'utf8').match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  return canonical ? new URL(canonical).origin : undefined;
}

/** @param {string} message */
function fail(message) {
  console.error(message);
  process.exit(1);
}

const wanted = wantedOrigin();
/** The build the posters are printed from: the served one, or one made apart for SITE_URL. */
let build = join(root, 'dist');
/** @type {string | undefined} */
let apart;
const served = existsSync(join(build, 'client')) ? (readBuildInfo(build)?.origin ?? builtOrigin(build)) : undefined;
if (!wanted || served === wanted) {
  ensureBuilt(root);
} else {
  apart = buildApart(root, 'posters');
  console.log(`Building the site for ${wanted} in ${apart}.`);
  if (!astroBuild(root, { env: { ...process.env, [OUT_DIR_VARIABLE]: apart } }).ok) fail('astro build failed');
  build = apart;
}
const executablePath = findChromium();
if (!executablePath) fail('No Chromium: run `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.');

// The build's own server (Astro's standalone entry) on a free port, so this runs beside
// `npm start` and the browser tests.
process.on('exit', killAll);
const server = await startServer({ name: 'posters', args: [join(build, 'server', 'entry.mjs')], env: process.env, cwd: root });
const base = server.url;

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  for (const lang of LANGS) {
    await page.goto(`${base}/${lang}/posters/`);
    // The list page is the source of truth for which posters exist.
    const paths = await page
      .locator('a[data-poster-link]')
      .evaluateAll((links) => links.map((link) => ({ region: link.dataset.posterLink, href: link.getAttribute('href') })));
    mkdirSync(join(outDir, lang), { recursive: true });
    for (const { region, href } of paths) {
      await page.goto(`${base}${href}`);
      await page.pdf({ path: join(outDir, lang, `${region}.pdf`), preferCSSPageSize: true, printBackground: true });
    }
    console.log(`${paths.length} posters in ${lang}: posters/${lang}/`);
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`QR codes point to ${builtOrigin(build)}.`);
if (apart) rmSync(apart, { recursive: true, force: true });
