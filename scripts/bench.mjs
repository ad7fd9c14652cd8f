/**
 * `npm run bench`: first-load weight of the home page, an article, a video and the iframe variant
 * of the widget, and the size of /widget.js and /embed.js, against the budgets; then the size of
 * the whole static site and its heaviest pages; then the same first loads as `npm start` sends
 * them (compressed, fetched with `Accept-Encoding: br, gzip`) beside the gzip budget. Builds first
 * when dist/ is stale; exits 1 when a budget is broken.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './lib/build.mjs';
import { BUDGETS, PREACT_WIDGET_MEASURED, embedScripts, firstPageIn, folderSize, htmlPages, measureHtml, measurePage } from './lib/page-weight.mjs';
import { freePort, killAll, startServer } from './lib/child-server.mjs';
import { fetchAsServed, wireWeight } from './lib/wire-weight.mjs';
import { LESSON_KINDS, ROUND_TRIP_BUDGETS, lessonRoundTrips } from './lib/round-trip.mjs';
import { printTable } from './lib/table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const clientDir = join(root, 'dist', 'client');

/** @param {number} bytes */
const kb = (bytes) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

ensureBuilt(root);

/** @type {{ kind: string, file: string | undefined, reading: boolean }[]} */
const samples = [
  { kind: 'home', file: join(clientDir, 'kk', 'index.html'), reading: false },
  { kind: 'article', file: firstPageIn(clientDir, 'kk/articles'), reading: true },
  { kind: 'video', file: firstPageIn(clientDir, 'kk/videos'), reading: true },
  { kind: 'iframe variant', file: join(clientDir, 'embed', 'kk', '11-14', 'index.html'), reading: false },
];

let failed = false;
/** @param {number} actual @param {number | undefined} limit */
const verdict = (actual, limit) => {
  if (limit === undefined) return ['', ''];
  failed ||= actual > limit;
  return [`≤ ${kb(limit)}`, actual > limit ? 'FAIL' : 'PASS'];
};

/** @type {(string | number)[][]} */
const rows = [['page', 'part', 'raw', 'gzip', 'budget', 'result']];
for (const { kind, file, reading } of samples) {
  if (!file) {
    rows.push([`(no ${kind} page built)`, '', '', '', '', '']);
    continue;
  }
  const weight = measurePage(clientDir, file);
  const jsLimit = reading ? BUDGETS.readingJsGzip : undefined;
  const totalLimit = kind === 'article' ? BUDGETS.articleGzip : undefined;
  rows.push(
    [`${kind} ${weight.url}`, 'HTML', kb(weight.html.raw), kb(weight.html.gzip), '', ''],
    ['', 'CSS', kb(weight.css.raw), kb(weight.css.gzip), '', ''],
    ['', 'JS (no islands)', kb(weight.js.raw), kb(weight.js.gzip), ...verdict(weight.js.gzip, jsLimit)],
    ['', 'island JS', kb(weight.islandJs.raw), kb(weight.islandJs.gzip), '', ''],
    ['', 'first load', kb(weight.total.raw), kb(weight.total.gzip), ...verdict(weight.total.gzip, totalLimit)],
  );
  for (const ref of weight.external) rows.push(['', 'OTHER ORIGIN', ref, '', '', 'FAIL']);
  failed ||= weight.external.length > 0;
}
const embedLimits = { '/widget.js': BUDGETS.widgetGzip, '/embed.js': BUDGETS.embedScriptGzip };
for (const script of embedScripts(clientDir)) {
  const limit = embedLimits[/** @type {keyof typeof embedLimits} */ (script.url)];
  rows.push([
    `embed ${script.url}`,
    script.url === '/widget.js' ? 'JS, plain DOM' : 'JS',
    kb(script.size.raw),
    kb(script.size.gzip),
    ...verdict(script.size.gzip, limit),
  ]);
  // As the budget test: a school site loads one file, so a script that imports others fails.
  for (const imported of script.imports) rows.push(['', 'IMPORTS', imported, '', '', 'FAIL']);
  failed ||= script.imports.length > 0;
}
rows.push(['', 'same, Preact (measured once)', kb(PREACT_WIDGET_MEASURED.raw), kb(PREACT_WIDGET_MEASURED.gzip), '', '']);
printTable(rows);

const pages = htmlPages(clientDir).map((file) => measurePage(clientDir, file));
console.log(`\ndist/client: ${kb(folderSize(clientDir))} in all, ${pages.length} HTML pages\n`);
printTable([
  ['heaviest pages', 'first load raw', 'gzip'],
  ...pages
    .sort((a, b) => b.total.gzip - a.total.gzip)
    .slice(0, 5)
    .map((page) => [page.url, kb(page.total.raw), kb(page.total.gzip)]),
]);

/**
 * One round trip to read: every lesson page as served (brotli) within 14,000 bytes, and the chrome
 * of the longest lesson of each kind within 6 KB (scripts/lib/round-trip.mjs).
 */
const trips = lessonRoundTrips(clientDir);
/** @type {(string | number)[][]} */
const tripRows = [['one round trip (br)', 'raw', 'as served', 'chrome', 'budget', 'result']];
for (const kind of LESSON_KINDS) {
  const ofKind = trips.filter((trip) => trip.kind === kind).sort((a, b) => b.served - a.served);
  const longest = ofKind[0];
  if (!longest) continue;
  const over = ofKind.filter((trip) => trip.served > ROUND_TRIP_BUDGETS.pageBrotli);
  const chromeOver = longest.chrome > ROUND_TRIP_BUDGETS.chromeBrotli;
  failed ||= over.length > 0 || chromeOver;
  tripRows.push(
    [
      `longest ${kind} ${longest.url}`,
      kb(longest.raw),
      `${longest.served} B`,
      `${longest.chrome} B`,
      `≤ ${ROUND_TRIP_BUDGETS.pageBrotli} B, chrome ≤ ${ROUND_TRIP_BUDGETS.chromeBrotli} B`,
      over.length > 0 || chromeOver ? 'FAIL' : 'PASS',
    ],
    [
      `  every ${kind} page (${ofKind.length})`,
      '',
      `${ofKind.at(-1)?.served}–${longest.served} B`,
      `${Math.min(...ofKind.map((trip) => trip.chrome))}–${Math.max(...ofKind.map((trip) => trip.chrome))} B`,
      '',
      over.length > 0 ? `${over.length} over` : 'all within',
    ],
  );
  for (const trip of over) tripRows.push([`  over: ${trip.url}`, kb(trip.raw), `${trip.served} B`, `${trip.chrome} B`, '', 'FAIL']);
}
console.log('');
printTable(tripRows);

/** Ports the bench's own server may take, clear of `npm start`'s default and the test servers. */
const PORTS = Array.from({ length: 20 }, (_, i) => 4380 + i);

/**
 * Starts the built site as `npm start` does, on a database of its own that is removed afterwards,
 * and prints each sample's first load as it travels.
 */
async function printWireWeights() {
  const work = mkdtempSync(join(tmpdir(), 'zanbala-bench-'));
  process.once('exit', () => {
    killAll();
    rmSync(work, { recursive: true, force: true });
  });
  const server = await startServer({
    name: 'site',
    args: [join(root, 'scripts', 'start.mjs')],
    env: { ...process.env, RATE_LIMIT: 'off', DATABASE_URL: `sqlite:${join(work, 'bench.db')}` },
    port: await freePort(PORTS),
    cwd: root,
  });
  try {
    const help = await fetchAsServed(server.url, '/kk/help/');
    const pages = [
      ...samples.filter((sample) => sample.file).map(({ kind, file }) => ({ kind, weight: measurePage(clientDir, /** @type {string} */ (file)) })),
      { kind: 'help (on demand)', weight: measureHtml(clientDir, '/kk/help/', help.text) },
    ];
    /** @type {(string | number)[][]} */
    const wire = [['as served (br, gzip)', 'uncompressed', 'gzip on disk', 'on the wire', 'encodings', 'budget (gzip)']];
    for (const { kind, weight } of pages) {
      const served = await wireWeight(server.url, weight);
      const budget = kind === 'article' ? `≤ ${kb(BUDGETS.articleGzip)}` : '';
      wire.push([`${kind} ${weight.url}`, kb(weight.total.raw), kb(weight.total.gzip), kb(served.total), served.encodings.join(', '), budget]);
    }
    for (const script of embedScripts(clientDir)) {
      const served = await fetchAsServed(server.url, script.url);
      const budget = script.url === '/widget.js' ? BUDGETS.widgetGzip : BUDGETS.embedScriptGzip;
      wire.push([`embed ${script.url}`, kb(script.size.raw), kb(script.size.gzip), kb(served.bytes), served.encoding, `≤ ${kb(budget)}`]);
    }
    console.log('');
    printTable(wire);
  } finally {
    await server.stop();
  }
}

await printWireWeights();

process.exitCode = failed ? 1 : 0;
