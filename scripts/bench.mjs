/**
 * `npm run bench`: first-load weight of the home page, an article, a video and the iframe variant
 * of the widget, and the size of /widget.js and /embed.js, against the budgets; then the size of
 * the whole static site and its heaviest pages. Builds first when dist/ is stale; exits 1 when a
 * budget is broken.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './lib/build.mjs';
import { BUDGETS, PREACT_WIDGET_MEASURED, embedScripts, firstPageIn, folderSize, htmlPages, measurePage } from './lib/page-weight.mjs';
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
  rows.push([`embed ${script.url}`, script.url === '/widget.js' ? 'JS, plain DOM' : 'JS', kb(script.size.raw), kb(script.size.gzip), ...verdict(script.size.gzip, limit)]);
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

process.exitCode = failed ? 1 : 0;
