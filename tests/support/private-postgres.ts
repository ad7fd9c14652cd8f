/**
 * A PostgreSQL cluster of a test's own, in a temp folder on a free port, which the test may stop
 * and start as it likes: the shared test database (POSTGRES_TEST_URL) is never stopped. Made with
 * the installed server's initdb and pg_ctl (CI installs them: .ci/run), as the `postgres` user
 * when the tests run as root, since PostgreSQL refuses to run as root.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface PrivatePostgres {
  url: string;
  /** `pg_ctl stop -m fast`: open connections end with "terminating connection due to administrator command". */
  stop(): void;
  start(): void;
  /** Stops it and removes its folder. */
  destroy(): void;
}

/** The newest installed server's bin folder, or undefined when none is installed. */
function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

export const PRIVATE_POSTGRES_SKIP_REASON = binDir() ? undefined : 'no PostgreSQL server is installed (/usr/lib/postgresql/*/bin/pg_ctl); CI installs one';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = binDir();
  if (!bin) throw new Error(PRIVATE_POSTGRES_SKIP_REASON);
  const asRoot = userInfo().uid === 0;
  const run = (command: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, command), asRoot ? ['-u', 'postgres', '--', join(bin, command), ...args] : args, {
      cwd: '/',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const dir = mkdtempSync(join(tmpdir(), 'zanbala-pg-'));
  if (asRoot) {
    const postgres = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const group = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, postgres, group);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () => run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop,
    start,
    destroy() {
      try {
        stop();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
