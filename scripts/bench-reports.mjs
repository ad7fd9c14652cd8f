/**
 * `npm run bench:reports`: how many reports per second our server stores, and how fast it
 * answers, with 32 clients posting to `/api/reports` for 20 s; next to a bare node:http +
 * node:sqlite server (scripts/lib/bare-report-server.mjs) measured the same way on the same
 * machine in the same run, and the ratio of the two. The aim is at least half the bare rate.
 *
 * Each server runs alone, as a child process on a free port of 4371–4379, with its own SQLite
 * file in a temporary folder that is removed afterwards, and gets a 2 s warm-up first. Ours runs
 * with `RATE_LIMIT=off`, or the limits would refuse almost every request.
 *
 *   npm run bench:reports -- --seconds 5 --connections 8 --warmup 1
 *   BENCH_SECONDS=5 npm run bench:reports
 *   npm run bench:reports -- --cpu-prof /tmp/profiles   # a .cpuprofile of each server
 *
 * Exits 1 when any request got no 201.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBuilt } from './lib/build.mjs';
import { freePort, killAll, startServer } from './lib/child-server.mjs';
import { loadReports, regionIds } from './lib/report-load.mjs';
import { printTable } from './lib/table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORTS = [4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379];
const AIM = 0.5;

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: process.env.BENCH_SECONDS ?? '20' },
    connections: { type: 'string', default: process.env.BENCH_CONNECTIONS ?? '32' },
    warmup: { type: 'string', default: process.env.BENCH_WARMUP ?? '2' },
    'cpu-prof': { type: 'string' },
  },
});

/** @param {string} name @param {string} value @param {number} min */
function wholeNumber(name, value, min) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new Error(`--${name} must be a whole number ≥ ${min}, not "${value}"`);
  return number;
}

const work = mkdtempSync(join(tmpdir(), 'zanbala-bench-'));
const cleanUp = () => {
  killAll();
  rmSync(work, { recursive: true, force: true });
};
process.once('exit', cleanUp);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.once(signal, () => process.exit(130));

/**
 * Starts one server, loads it, stops it.
 * @param {{ name: string, script: string, env: NodeJS.ProcessEnv }} server
 * @param {Parameters<typeof loadReports>[1]} load
 * @param {string | undefined} profileDir
 */
async function measure({ name, script, env }, load, profileDir) {
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : [];
  const port = await freePort(PORTS);
  const server = await startServer({ name, args: [...profile, script], env, port, cwd: root });
  try {
    return await loadReports(server.url, load);
  } finally {
    await server.stop();
  }
}

try {
  const seconds = wholeNumber('seconds', flags.seconds, 1);
  const connections = wholeNumber('connections', flags.connections, 1);
  const warmupSeconds = wholeNumber('warmup', flags.warmup, 0);
  const profileDir = flags['cpu-prof'] ? resolve(flags['cpu-prof']) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });

  ensureBuilt(root);
  const load = { connections, seconds, warmupSeconds, regions: regionIds(root) };
  console.log(
    `POST /api/reports: ${connections} clients for ${seconds} s after a ${warmupSeconds} s warm-up, each server alone ` +
      `(Node ${process.version}, ${availableParallelism()} CPUs)\n`,
  );

  const servers = [
    {
      name: 'ours',
      script: join(root, 'scripts', 'start.mjs'),
      env: { ...process.env, RATE_LIMIT: 'off', DATABASE_URL: `sqlite:${join(work, 'ours', 'bench.db')}` },
    },
    {
      name: 'bare',
      script: join(root, 'scripts', 'lib', 'bare-report-server.mjs'),
      env: { ...process.env, BENCH_DB: join(work, 'bare.db') },
    },
  ];
  /** @type {Record<string, Awaited<ReturnType<typeof loadReports>>>} */
  const results = {};
  for (const server of servers) results[server.name] = await measure(server, load, profileDir);

  printTable(
    [
      ['server', 'reports/s', 'p50 ms', 'p99 ms', 'errors'],
      ...Object.entries(results).map(([name, r]) => [name, r.reportsPerSecond.toFixed(1), r.p50, r.p99, r.errors]),
    ],
    { right: [1, 2, 3, 4] },
  );
  for (const [name, r] of Object.entries(results)) for (const line of r.errorDetails) console.log(`${name}: ${line}`);

  const ours = results['ours']?.reportsPerSecond ?? 0;
  const bare = results['bare']?.reportsPerSecond ?? 0;
  const ratio = bare > 0 ? ours / bare : 0;
  console.log(`\nours / bare: ${ratio.toFixed(2)} (aim ≥ ${AIM}: ${ratio >= AIM ? 'met' : 'not met'})`);
  if (profileDir) console.log(`CPU profiles: ${profileDir}`);
  process.exitCode = Object.values(results).some((r) => r.errors > 0) ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
