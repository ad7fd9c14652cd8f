/**
 * Starts the real server (`scripts/start.mjs`, as `npm start` does) on its own port and its own
 * SQLite file or PostgreSQL schema, and keeps everything it prints, so tests can look for what
 * must never be logged.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer as startChild } from '../../scripts/lib/child-server.mjs';
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

/** The key servers on one PostgreSQL database share, as they must (docs/operations.md, Running on PostgreSQL). */
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
  const store =
    database?.location.kind === 'postgres'
      ? { DATABASE_URL: database.location.url, CASE_CODE_SECRET: SHARED_CASE_CODE_SECRET }
      : { DATABASE_URL: `sqlite:${join(dir, 'zanbala.db')}` };
  const child = await startChild({
    name: 'Zanbala',
    args: [join(project, 'scripts', 'start.mjs')],
    cwd: project,
    env: { ...process.env, ...store, ...env },
    startTimeoutMs,
    readyText: 'is running at',
    keepAllOutput: true,
  });
  const origin = child.url;
  return {
    origin,
    dataDir: dir,
    output: child.output,
    storedBytes: async () => Buffer.concat([...readdirSync(dir).map((name) => readFileSync(join(dir, name))), ...(database ? [await database.held()] : [])]),
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
    alive: child.alive,
    kill: child.kill,
    async stop() {
      await child.stop();
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
