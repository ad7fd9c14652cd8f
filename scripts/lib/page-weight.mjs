/**
 * First-load weight of a built page: its HTML plus every stylesheet and script the browser
 * fetches before the page is usable, raw and gzipped, with island JavaScript counted apart.
 * Used by `npm run bench` and tests/build/budgets.test.ts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @typedef {{ raw: number, gzip: number }} Size */
/** @typedef {'html' | 'css' | 'js'} AssetType */
/**
 * @typedef {object} Asset
 * @property {string} url where the page refers to it; `inline` for a script inside the HTML
 * @property {AssetType} type
 * @property {boolean} island loaded only to hydrate an island
 * @property {Size} size
 */
/**
 * @typedef {object} PageWeight
 * @property {string} url the page's path on the site, e.g. /kk/articles/safe-way/
 * @property {Asset[]} assets the HTML, every file it loads, and its inline scripts
 * @property {Size} total what goes over the wire: HTML and files (inline scripts are in the HTML)
 * @property {Size} html
 * @property {Size} css
 * @property {Size} js JavaScript that is not an island's: external files and inline scripts
 * @property {Size} islandJs
 * @property {string[]} external stylesheets and scripts from other origins, which no public page may load
 */

/** The budgets of docs/design.md: a lesson must load fast on a cheap phone. */
export const BUDGETS = {
  /** Article page, HTML + CSS + JS, gzip. */
  articleGzip: 12 * 1024,
  /** JavaScript on reading pages (articles, videos) apart from islands, gzip. */
  readingJsGzip: 1024,
  /** All the JavaScript of the widget (/widget.js, one file), gzip. */
  widgetGzip: 8 * 1024,
  /** /embed.js, which sizes the iframe variant, gzip. */
  embedScriptGzip: 1024,
};

/**
 * The same widget written with Preact and preact-custom-element, measured once when choosing how
 * to build it: 22,642 bytes raw, 9,493 gzip, over the budget on its own. Shown by
 * `npm run bench` beside the plain DOM widget that ships.
 */
export const PREACT_WIDGET_MEASURED = { raw: 22642, gzip: 9493 };

/**
 * The scripts other sites load: their size, and the static imports they would pull in (none
 * allowed: a host page loads one file).
 * @param {string} clientDir
 */
export function embedScripts(clientDir) {
  return ['widget.js', 'embed.js'].map((name) => {
    const file = join(clientDir, name);
    if (!existsSync(file)) throw new Error(`the build has no /${name}; src/integrations/widget-bundle.ts writes it`);
    const code = readFileSync(file, 'utf8');
    return { url: `/${name}`, size: sizeOf(code), imports: staticImports(code) };
  });
}

const ORIGIN = 'http://zanbala.invalid';

/** @param {Buffer | string} content @returns {Size} */
export function sizeOf(content) {
  const buffer = Buffer.from(content);
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

/** @param {Size[]} sizes @returns {Size} */
const sum = (sizes) => sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** @param {string} source @returns {Record<string, string>} */
function attributes(source) {
  /** @type {Record<string, string>} */
  const found = {};
  for (const [, name, doubleQuoted, singleQuoted, bare] of source.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    if (name) found[name.toLowerCase()] = (doubleQuoted ?? singleQuoted ?? bare ?? '').replaceAll('&amp;', '&');
  }
  return found;
}

/**
 * Static imports of a built module; dynamic `import()` loads later, so it is not first-load.
 * @param {string} code
 */
function staticImports(code) {
  return [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+)["']/g)].map((match) => /** @type {string} */ (match[1]));
}

/** An inline script that only boots Astro islands (the `astro-island` element, client directives). */
const isIslandBootstrap = (/** @type {string} */ code) => /astro-island|self\.Astro\b/.test(code);

/** Script types that are data, not code. */
const isCode = (/** @type {string | undefined} */ type) => !type || type === 'module' || /javascript/.test(type);

/**
 * The path of a built HTML file on the site.
 * @param {string} clientDir @param {string} file
 */
export function pageUrl(clientDir, file) {
  const path = `/${relative(clientDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Measures one built page.
 * @param {string} clientDir the folder served at `/`, i.e. dist/client
 * @param {string} file an HTML file inside it
 * @returns {PageWeight}
 */
export function measurePage(clientDir, file) {
  return measureHtml(clientDir, pageUrl(clientDir, file), readFileSync(file, 'utf8'));
}

/**
 * Measures a page from its HTML, e.g. one the server renders per request (the help page).
 * @param {string} clientDir the folder its stylesheets and scripts are in, i.e. dist/client
 * @param {string} url the page's path on the site
 * @param {string} html
 * @returns {PageWeight}
 */
export function measureHtml(clientDir, url, html) {
  /** @type {Asset[]} */
  const assets = [{ url, type: 'html', island: false, size: sizeOf(html) }];
  /** @type {string[]} */
  const external = [];
  /** @type {Map<string, { type: AssetType, island: boolean }>} */
  const files = new Map();

  /** Site path of a reference, or `undefined` when it points to another origin. */
  const resolve = (/** @type {string} */ ref, base = url) => {
    const target = new URL(ref, new URL(base, ORIGIN));
    if (target.origin !== ORIGIN) {
      external.push(target.href);
      return undefined;
    }
    return decodeURI(target.pathname);
  };
  /** Adds a file and, for a module, everything it imports, unless already counted. */
  const add = (/** @type {string | undefined} */ path, /** @type {AssetType} */ type, /** @type {boolean} */ island) => {
    if (!path || files.has(path)) return;
    files.set(path, { type, island });
    const onDisk = join(clientDir, path);
    if (type !== 'js' || !existsSync(onDisk)) return;
    for (const ref of staticImports(readFileSync(onDisk, 'utf8'))) add(resolve(ref, path), 'js', island);
  };

  // Page scripts first: a module shared with an island is then counted as the page's own.
  /** @type {string[]} */
  const islandRoots = [];
  for (const [, tag = '', attrs = ''] of html.matchAll(/<(script|link|astro-island)\b([^>]*)>/gi)) {
    const a = attributes(attrs);
    const name = tag.toLowerCase();
    if (name === 'link' && a.href && /\bstylesheet\b/i.test(a.rel ?? '')) add(resolve(a.href), 'css', false);
    if (name === 'link' && a.href && /\bmodulepreload\b/i.test(a.rel ?? '')) add(resolve(a.href), 'js', false);
    if (name === 'script' && a.src && isCode(a.type)) add(resolve(a.src), 'js', false);
    if (name === 'astro-island') {
      for (const key of ['component-url', 'renderer-url', 'before-hydration-url']) {
        if (a[key]) islandRoots.push(a[key]);
      }
    }
  }
  for (const ref of islandRoots) add(resolve(ref), 'js', true);

  for (const [path, { type, island }] of files) {
    const onDisk = join(clientDir, path);
    if (!existsSync(onDisk)) throw new Error(`${url} refers to ${path}, which is not in ${clientDir}`);
    assets.push({ url: path, type, island, size: sizeOf(readFileSync(onDisk)) });
  }
  const loaded = assets.slice();

  for (const [, attrs = '', code = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const a = attributes(attrs);
    if (a.src || !isCode(a.type) || !code.trim()) continue;
    assets.push({ url: 'inline', type: 'js', island: isIslandBootstrap(code), size: sizeOf(code) });
  }

  const pick = (/** @type {(asset: Asset) => boolean} */ keep) => sum(assets.filter(keep).map((asset) => asset.size));
  return {
    url,
    assets,
    total: sum(loaded.map((asset) => asset.size)),
    html: pick((asset) => asset.type === 'html'),
    css: pick((asset) => asset.type === 'css'),
    js: pick((asset) => asset.type === 'js' && !asset.island),
    islandJs: pick((asset) => asset.type === 'js' && asset.island),
    external,
  };
}

/** Every file below a folder. @param {string} dir @returns {string[]} */
export function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** Every built HTML page. @param {string} clientDir */
export const htmlPages = (clientDir) =>
  listFiles(clientDir)
    .filter((file) => file.endsWith('.html'))
    .sort();

/** Bytes of every file below a folder. @param {string} dir */
export const folderSize = (dir) => listFiles(dir).reduce((bytes, file) => bytes + statSync(file).size, 0);

/**
 * The page of the first lesson in a section, e.g. `kk/articles`, in name order; `undefined`
 * when the section has none.
 * @param {string} clientDir @param {string} section
 */
export function firstPageIn(clientDir, section) {
  const dir = join(clientDir, section);
  if (!existsSync(dir)) return undefined;
  const slug = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()[0];
  return slug === undefined ? undefined : join(dir, slug, 'index.html');
}
