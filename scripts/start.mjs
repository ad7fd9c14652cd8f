/**
 * `npm start`: builds the site when dist/ is stale, then serves it with the standalone Node
 * server that @astrojs/node writes to dist/server/entry.mjs. HOST and PORT say where it listens
 * (default localhost:4321).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from './lib/build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// The standalone server reads HOST and PORT from the environment when it starts; without them
// it falls back to what the build baked in, so both are always set here.
process.env.HOST ||= 'localhost';
process.env.PORT ||= '4321';
const { HOST: host, PORT: port } = process.env;

try {
  ensureBuilt(root);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// Started by hand rather than on import, to learn when it listens and why it could not.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { startServer } = await import(pathToFileURL(`${root}dist/server/entry.mjs`).href);
const { server, done } = startServer();

server.server.once('listening', () => {
  const shown = ['0.0.0.0', '::'].includes(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  console.log(`Zanbala is running at http://${shown}:${port}/`);
});
done.catch((/** @type {NodeJS.ErrnoException} */ error) => {
  const hint = error.code === 'EADDRINUSE' ? ` (port ${port} is taken; set PORT to another one)` : '';
  console.error(`The server stopped: ${error.message}${hint}`);
  process.exit(1);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => server.stop().finally(() => process.exit(0)));
}
