/**
 * Starts the real server (`scripts/start.mjs`, as `npm start` does) on its own port and its own
 * SQLite file or PostgreSQL schema, and keeps everything it prints, so tests can look for what
 * must never be logged.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreatedDatabase, TestDatabase } from '../support/databases';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningServer {
  origin: string;
  dataDir: string;
  /** Everything the server printed on stdout and stderr. */
  output(): string;
  /** Every byte of the data folder (the SQLite database, its log, the key), and on PostgreSQL every row. */
  storedBytes(): Promise<Buffer>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Posts fields as a browser sends a form without JavaScript; a redirect is returned, not followed. */
  postForm(path: string, fields: Record<string, string>): Promise<Response>;
  /** Whether the process is still running. */
  alive(): boolean;
  /** SIGKILL: no shutdown code runs, as when the machine loses power. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** The key servers on one PostgreSQL database share, as they must (README, Running on PostgreSQL). */
export const SHARED_CASE_CODE_SECRET = 'shared-test-secret-'.padEnd(48, '7');

/** A PostgreSQL schema of its own for a server on `database`; none for SQLite, whose file is in the data folder. */
export const databaseFor = (database: TestDatabase) => (database.name === 'postgres' ? database.create() : Promise.resolve(undefined));

/**
 * Starts a server, on a SQLite file in its data folder or on `database` (PostgreSQL, with
 * SHARED_CASE_CODE_SECRET); pass `dataDir` and `database` of an earlier one to start on its data again.
 */
export async function startServer({
  dataDir,
  database,
  env = {},
  project = root,
  startTimeoutMs = 60_000,
}: {
  dataDir?: string;
  database?: CreatedDatabase | undefined;
  env?: Record<string, string>;
  /** Another copy of the project to serve (tests that build); it may build first, hence `startTimeoutMs`. */
  project?: string;
  startTimeoutMs?: number;
} = {}): Promise<RunningServer> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'zanbala-server-'));
  const port = await freePort();
  let output = '';
  const store =
    database?.location.kind === 'postgres'
      ? { DATABASE_URL: database.location.url, CASE_CODE_SECRET: SHARED_CASE_CODE_SECRET }
      : { DATABASE_URL: `sqlite:${join(dir, 'zanbala.db')}` };
  const child = spawn(process.execPath, [join(project, 'scripts', 'start.mjs')], {
    cwd: project,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...store, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), startTimeoutMs);
    const check = () => {
      if (output.includes('is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', () => reject(new Error(`the server exited:\n${output}`)));
  });

  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    dataDir: dir,
    output: () => output,
    storedBytes: async () =>
      Buffer.concat([...readdirSync(dir).map((name) => readFileSync(join(dir, name))), ...(database ? [await database.held()] : [])]),
    post: (path, body, headers = {}) =>
      fetch(`${origin}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    postForm: (path, fields) =>
      fetch(`${origin}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
        redirect: 'manual',
      }),
    alive: () => child.exitCode === null && child.signalCode === null,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
      if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A report the API accepts. */
export const aReport = (overrides: Record<string, unknown> = {}) => ({
  region: 'astana',
  category: 'bullying',
  message: 'Мені сыныпта күнде мазақ етеді, не істеймін?',
  lang: 'kk',
  followUp: true,
  ...overrides,
});

/** The same report as the help form posts it, every field a string. */
export const aReportForm = (overrides: Record<string, string> = {}): Record<string, string> => ({
  ...(Object.fromEntries(Object.entries(aReport()).map(([name, value]) => [name, String(value)])) as Record<string, string>),
  followUp: 'yes',
  ...overrides,
});
