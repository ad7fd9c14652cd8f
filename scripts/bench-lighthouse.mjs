/**
 * `npm run bench:lighthouse`: Lighthouse's four scores (performance, accessibility, best
 * practices, SEO) and its page-load metrics for the pages a child opens first: the home pages,
 * an article, a video and a webinar, and the help page, in Kazakh and Russian. The aim: 100 in
 * every category and a largest contentful paint of at most 1.0 s.
 *
 * Lighthouse runs as its mobile default does: a mid-range phone's screen, a 4× slower CPU and a
 * slow 4G network, both simulated from one unthrottled load, in the Chromium the browser tests use
 * (`CHROMIUM_PATH`, Playwright's, or /usr/bin/chromium) with the same flags. The site is built if
 * needed and served by the real server (scripts/start.mjs) on a free port, with a throw-away
 * database removed afterwards.
 *
 *   npm run bench:lighthouse
 *   npm run bench:lighthouse -- --runs 3                 # each page three times; the median run is printed
 *   npm run bench:lighthouse -- --page /kk/help/ --page /ru/
 *   npm run bench:lighthouse -- --save /tmp/lighthouse   # each page's full report as JSON
 *
 * The simulation starts from what the machine really did, so a busy machine shows worse figures:
 * the load average is printed beside them. Exits 1 when a score is below 100.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { ensureBuilt } from './lib/build.mjs';
import { freePort, killAll, startServer } from './lib/child-server.mjs';
import { firstPageIn } from './lib/page-weight.mjs';
import { printTable } from './lib/table.mjs';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/browser.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const clientDir = join(root, 'dist', 'client');
const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);
const AIM_LCP_MS = 1000;

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '1' },
    page: { type: 'string', multiple: true },
    save: { type: 'string' },
  },
});

/** @param {string} name @param {string} value @param {number} min */
function wholeNumber(name, value, min) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new Error(`--${name} must be a whole number ≥ ${min}, not "${value}"`);
  return number;
}

/** The address of the first lesson of a kind built in a language (by slug), so every run measures the same page. @param {string} section */
function firstLessonPath(section) {
  const file = firstPageIn(clientDir, section);
  if (!file) throw new Error(`No page built in dist/client/${section}/: the benchmark needs one`);
  return `/${section}/${file.slice(join(clientDir, section).length + 1, -'/index.html'.length)}/`;
}

/** The pages measured by default: what a child opens first, in both languages. */
function defaultPages() {
  return ['kk', 'ru'].flatMap((lang) => [
    `/${lang}/`,
    firstLessonPath(`${lang}/articles`),
    firstLessonPath(`${lang}/videos`),
    firstLessonPath(`${lang}/webinars`),
    `/${lang}/help/`,
  ]);
}

/** @param {number | undefined} ms */
const seconds = (ms) => (ms === undefined ? '?' : `${(ms / 1000).toFixed(2)} s`);
/** @param {number | undefined} bytes */
const kb = (bytes) => (bytes === undefined ? '?' : `${(bytes / 1024).toFixed(1)} KB`);
/** @param {import('lighthouse').Result} lhr @param {string} id */
const numeric = (lhr, id) => lhr.audits[id]?.numericValue;

/**
 * The audits that keep a score below 100 (they weigh in a category and did not pass), and the
 * advice that does not count (Lighthouse's insights and diagnostics that found something).
 * @param {import('lighthouse').Result} lhr
 */
function shortfalls(lhr) {
  const failed = new Set();
  const advice = new Set();
  for (const category of Object.values(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      (ref.weight > 0 ? failed : advice).add(`${ref.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  return { failed: [...failed], advice: [...advice] };
}

/** Attempts at one run: Chromium now and then leaves the navigation out of its trace (NO_NAVSTART), and Lighthouse asks to run again. */
const ATTEMPTS = 3;

/** @type {chromeLauncher.LaunchedChrome | undefined} */
let chrome;

/**
 * One Lighthouse run of a page in a fresh browser, as Lighthouse's own command line does, so that
 * nothing of an earlier page (its cache, its offline worker) carries over to the next.
 * @param {string} path
 * @returns {Promise<import('lighthouse').Result>}
 */
async function measure(path) {
  for (let attempt = 1; ; attempt += 1) {
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'silent' });
    try {
      const result = await lighthouse(new URL(path, server.url).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const error = result ? result.lhr.runtimeError : { code: 'NO_RESULT', message: 'Lighthouse returned nothing' };
      if (!error) return /** @type {NonNullable<typeof result>} */ (result).lhr;
      if (attempt === ATTEMPTS) throw new Error(`Lighthouse could not measure ${path} in ${ATTEMPTS} attempts: ${error.message}`);
      console.log(`${path}: ${error.code}, measuring again`);
    } finally {
      chrome.kill();
    }
  }
}

const work = mkdtempSync(join(tmpdir(), 'zanbala-bench-'));
process.once('exit', () => {
  chrome?.kill();
  killAll();
  rmSync(work, { recursive: true, force: true });
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.once(signal, () => process.exit(130));

const runs = wholeNumber('runs', flags.runs, 1);
const saveDir = flags.save ? resolve(flags.save) : undefined;
if (saveDir) mkdirSync(saveDir, { recursive: true });

ensureBuilt(root);
const pages = flags.page ?? defaultPages();
const chromePath = findChromium();
if (!chromePath) throw new Error('No Chromium found: set CHROMIUM_PATH, or see CONTRIBUTING.md for the browser the tests use');

const server = await startServer({
  name: 'site',
  args: [join(root, 'scripts', 'start.mjs')],
  env: { ...process.env, RATE_LIMIT: 'off', DATABASE_URL: `sqlite:${join(work, 'bench.db')}` },
  port: await freePort(),
  cwd: root,
});

console.log(
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, simulated throttling; ` +
    `${runs} run(s) a page; ${chromePath}; ${availableParallelism()} CPUs, load ${loadavg()[0]?.toFixed(1)}\n`,
);

/** @type {(string | number)[][]} */
const rows = [['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'FCP', 'TBT', 'CLS', 'transfer']];
/** @type {string[]} */
const notes = [];
let belowAim = false;
try {
  for (const path of pages) {
    /** @type {import('lighthouse').Result[]} */
    const results = [];
    for (let run = 0; run < runs; run += 1) results.push(await measure(path));
    const lhr = results.length > 1 ? computeMedianRun(results) : /** @type {import('lighthouse').Result} */ (results[0]);
    if (saveDir) writeFileSync(join(saveDir, `${path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'root'}.json`), JSON.stringify(lhr));
    const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    belowAim ||= scores.some((score) => score < 100);
    const lcp = numeric(lhr, 'largest-contentful-paint');
    rows.push([
      path,
      ...scores,
      `${seconds(lcp)}${lcp !== undefined && lcp > AIM_LCP_MS ? ' !' : ''}`,
      seconds(numeric(lhr, 'first-contentful-paint')),
      `${Math.round(numeric(lhr, 'total-blocking-time') ?? 0)} ms`,
      (numeric(lhr, 'cumulative-layout-shift') ?? 0).toFixed(3),
      kb(numeric(lhr, 'total-byte-weight')),
    ]);
    const { failed, advice } = shortfalls(lhr);
    if (failed.length) notes.push(`${path} failed: ${failed.join(', ')}`);
    if (advice.length) notes.push(`${path} advice (no weight in the score): ${advice.join(', ')}`);
  }
} finally {
  chrome?.kill();
  await server.stop();
}

printTable(rows, { right: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
if (notes.length) console.log(`\n${notes.join('\n')}`);
console.log(`\naim: 100 in every category, LCP ≤ ${seconds(AIM_LCP_MS)} (! marks a page above it); load at the end ${loadavg()[0]?.toFixed(1)}`);
process.exitCode = belowAim ? 1 : 0;
