/**
 * `npm start`: builds the site when dist/ is stale (or was built for another origin than
 * SITE_URL), then serves it: `/api/*` by plain node:http handlers (src/server/api/handler.ts),
 * everything else (the prerendered pages and the on-demand help, case and inbox pages) through
 * the handler @astrojs/node writes to dist/server/entry.mjs; each response with the headers of
 * src/server/http-headers.ts, compressed (src/server/serve-build.ts). A later build is picked up while serving
 * (src/server/live-build.ts). HOST and PORT say where it listens (default localhost:4321).
 *
 * Nothing here logs a request: no address, user agent or URL of a visitor is written anywhere
 * (promise 1 of docs/design.md).
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureBuilt, wantedOrigin } from './lib/build.mjs';
import { headersFor, keepOwnPolicy } from '../src/server/http-headers.ts';
import { limitApiRequest, limitConnections, SERVER_OPTIONS } from '../src/server/connection-limits.ts';
import { forwardingFrom, HSTS, resolveClient } from '../src/server/forwarded.ts';
import { startLiveBuild } from '../src/server/live-build.ts';
import { logCutOff } from '../src/server/cut-off.ts';
import { serveFromBuild } from '../src/server/serve-build.ts';
import { storeLocation } from '../src/server/config.ts';
import { getServices } from '../src/server/services.ts';
import { handleApi, isApiPath } from '../src/server/api/handler.ts';
import { provideSiteData, siteDataOf } from '../src/server/api/site-data.ts';
import { startAlertWorker } from '../src/server/alerts/worker.ts';
import { alertSettings } from '../src/server/alerts/settings.ts';
import { readBuildInfo } from './lib/builds.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const host = process.env.HOST || 'localhost';
const port = Number(process.env.PORT || 4321);

/** @type {import('../src/server/forwarded.ts').Forwarding} */
let forwarding;
/** @type {string | undefined} */
let origin;
/** @type {import('../src/server/alerts/settings.ts').AlertSettings} */
let alerts;
try {
  alerts = alertSettings();
  forwarding = forwardingFrom(process.env);
  origin = wantedOrigin();
  // Settings that cannot work stop the server here, before it listens, not at the first report;
  // opening the store brings its schema up to date (several servers starting at once take turns).
  const location = storeLocation();
  // A missing file is made empty: said once, since it may also mean the real one was lost.
  if (location.kind === 'sqlite' && !existsSync(location.path)) console.log(`No database at ${location.path}: starting on a new, empty one.`);
  // The pages of every build this server loads use these same services (src/server/services.ts).
  await getServices();
  ensureBuilt(root, { origin });
} catch (error) {
  console.error(`The server cannot start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const live = await startLiveBuild(root, origin);
provideSiteData(() => siteDataOf(live.folder()));
// Alerts of urgent and overdue cases: every process runs the worker, one at a time holds its lease.
startAlertWorker(await getServices(), { settings: alerts, siteOrigin: origin ?? readBuildInfo(live.folder())?.origin ?? `http://localhost:${port}` });

/**
 * The inbox's CSV exports have no trailing slash (docs/design.md) while every page has one; Astro's
 * router and static handler want the slash, so they get it here instead of a redirect.
 */
/** @param {string} url */
function withExportSlash(url) {
  return url.replace(/^(\/admin\/[^?#]*\/export)(?=[?#]|$)/, '$1/');
}

/** What the API (src/server/api/handler.ts) needs of this server besides the request. */
const apiContext = {
  siteOrigin: origin ?? readBuildInfo(live.folder())?.origin,
  siteData: () => siteDataOf(live.folder()),
};

const server = createServer(SERVER_OPTIONS, (request, response) => {
  request.url = withExportSlash(request.url ?? '/');
  const pathname = new URL(request.url, 'http://localhost').pathname;
  const { address, https } = resolveClient(request, forwarding);
  const headers = headersFor(pathname);
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  keepOwnPolicy(response, headers['Content-Security-Policy']);
  if (https) response.setHeader('Strict-Transport-Security', HSTS);
  logCutOff(request, response);
  if (isApiPath(pathname)) {
    limitApiRequest(request, response);
    return handleApi(request, response, pathname, { ...apiContext, clientAddress: address, https });
  }
  serveFromBuild(request, response, pathname, live);
});
// Behind a trusted proxy every connection comes from the proxy, which limits each client itself.
limitConnections(server, { perAddress: !forwarding.trustProxy });

server.once('listening', () => {
  const shown = ['0.0.0.0', '::'].includes(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  console.log(`Zanbala is running at http://${shown}:${port}/`);
});
server.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
  const hint = error.code === 'EADDRINUSE' ? ` (port ${port} is taken; set PORT to another one)` : '';
  console.error(`The server stopped: ${error.message}${hint}`);
  process.exit(1);
});
server.listen(port, host);

/** How long a stopping server waits for requests in flight, so a stored report's code still reaches its student. */
const STOP_GRACE_MS = 5000;

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref();
  });
}
