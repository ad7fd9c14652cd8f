/**
 * The one way scripts and tests start a server: a child process of the Node running them, on a
 * free port, waited for until it is ready (it accepts connections, or prints `readyText`), with
 * what it prints kept, and stopped (SIGTERM, then SIGKILL) when done, when a run fails or when it
 * is interrupted (`killAll`). The benchmarks, `npm run posters` and the server tests use it.
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

/** @param {number} port @returns {Promise<number | undefined>} the port, if nobody listens on it (0: one the system picks) */
const tryPort = (port) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(undefined));
    probe.listen(port, HOST, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : undefined));
    });
  });

/**
 * The first port of `ports` nobody listens on; without `ports`, one the system picks.
 * @param {number[]} [ports]
 */
export async function freePort(ports = [0]) {
  for (const port of ports) {
    const free = await tryPort(port);
    if (free) return free;
  }
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
 * @typedef {object} ServerOptions
 * @property {string} name what the server is, for error messages
 * @property {string[]} args the arguments of `node`
 * @property {NodeJS.ProcessEnv} env its environment; HOST and PORT are set here
 * @property {string} cwd
 * @property {number} [port] a free port; by default one the system picks
 * @property {number} [startTimeoutMs] how long it may take to be ready (a server that builds first needs more)
 * @property {string} [readyText] ready once it prints this; by default once it accepts connections
 * @property {boolean} [keepAllOutput] keep everything it prints (tests look for what must never be logged); by default the last 30 lines
 */

/**
 * @typedef {object} ChildServer
 * @property {string} url `http://127.0.0.1:PORT`
 * @property {() => string} output what it printed on stdout and stderr
 * @property {() => boolean} alive whether it is still running
 * @property {() => Promise<void>} kill SIGKILL, and wait: no shutdown code runs, as when the machine loses power
 * @property {() => Promise<void>} stop SIGTERM (SIGKILL after 10 s), and wait until it has exited
 */

/** Starts `node ARGS` listening on HOST:`port` and resolves once it is ready. @param {ServerOptions} options @returns {Promise<ChildServer>} */
export async function startServer({ name, args, env, cwd, port, startTimeoutMs = START_TIMEOUT_MS, readyText, keepAllOutput = false }) {
  const listenOn = port ?? (await freePort());
  const child = spawn(process.execPath, args, { cwd, env: { ...env, HOST, PORT: String(listenOn) }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const keep = (/** @type {Buffer} */ chunk) => {
    output += chunk.toString('utf8');
    if (!keepAllOutput) output = output.split('\n').slice(-31).join('\n');
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.once('exit', (code) => (running.delete(child), resolve(code))));
  const ready = async () => (readyText ? output.includes(readyText) : accepts(listenOn));

  const deadline = Date.now() + startTimeoutMs;
  while (!(await ready())) {
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 100, 'waiting'))]);
    if (code !== 'waiting' || Date.now() > deadline) {
      child.kill('SIGKILL');
      const why = code === 'waiting' ? `was not ready on port ${listenOn} within ${startTimeoutMs / 1000} s` : `exited with code ${code}`;
      throw new Error(`The ${name} server ${why}:\n${output}`);
    }
  }

  return {
    url: `http://${HOST}:${listenOn}`,
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    async kill() {
      if (running.has(child)) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!running.has(child)) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
