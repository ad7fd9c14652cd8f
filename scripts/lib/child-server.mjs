/**
 * Servers started as child processes for a benchmark: on a free port of a given range, waited
 * for until they accept connections, and stopped (SIGTERM, then SIGKILL) when done, when the
 * benchmark fails or when it is interrupted.
 */
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/** Sends SIGKILL to every child still running; synchronous, so it is safe in an `exit` handler. */
export function killAll() {
  for (const child of running) child.kill('SIGKILL');
}

/** @param {number} port */
const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });

/** The first port of `ports` nobody listens on. @param {number[]} ports */
export async function freePort(ports) {
  for (const port of ports) if (await isFree(port)) return port;
  throw new Error(`No free port among ${ports[0]}–${ports.at(-1)}`);
}

/** @param {number} port */
const accepts = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, HOST);
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/**
 * Starts `node ARGS` (the Node running this script) with `env`, listening on HOST:`port`.
 * @param {{ name: string, args: string[], env: NodeJS.ProcessEnv, port: number, cwd: string }} options
 */
export async function startServer({ name, args, env, port, cwd }) {
  const child = spawn(process.execPath, args, { cwd, env: { ...env, HOST, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  /** @type {string[]} */
  let output = [];
  const keep = (/** @type {Buffer} */ chunk) => {
    output = [...output, ...chunk.toString('utf8').split('\n').filter(Boolean)].slice(-30);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.once('exit', (code) => (running.delete(child), resolve(code))));

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await accepts(port))) {
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 200, 'waiting'))]);
    if (code !== 'waiting' || Date.now() > deadline) {
      child.kill('SIGKILL');
      const why = code === 'waiting' ? `did not listen on port ${port} within ${START_TIMEOUT_MS / 1000} s` : `exited with code ${code}`;
      throw new Error(`The ${name} server ${why}:\n${output.join('\n')}`);
    }
  }

  return {
    url: `http://${HOST}:${port}`,
    /** The last lines the server printed. */
    output: () => output.join('\n'),
    /** Stops the server and waits until it has exited. */
    async stop() {
      if (!running.has(child)) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
