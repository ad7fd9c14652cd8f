/**
 * `npm run bench:reports`: how many reports per second our server stores, and how fast it
 * answers, with 32 clients posting to `/api/reports` for 20 s; next to a bare node:http +
 * node:sqlite server (scripts/lib/bare-report-server.mjs) measured the same way on the same
 * machine in the same run, and the ratio of the two. The aim is at least 0.8 of the bare rate.
 *
 * Both servers run as child processes on free ports of 4371–4379, each with its own SQLite file
 * in a temporary folder that is removed afterwards; ours with `RATE_LIMIT=off`, or the limits
 * would refuse almost every request. Each gets a 2 s warm-up, then they take turns under load in
 * slices of at most 5 s, so that the disk and the other work on a shared machine, which change
 * from one minute to the next, weigh on both alike.
 *
 *   npm run bench:reports -- --seconds 5 --connections 8 --warmup 1
 *   BENCH_SECONDS=5 npm run bench:reports
 *   npm run bench:reports -- --cpu-prof /tmp/profiles   # a .cpuprofile of each server
 *
 * Exits 1 when any request got no 201.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBuilt } from './lib/build.mjs';
import { freePort, killAll, startServer } from './lib/child-server.mjs';
import { regionIds } from '../src/lib/data-files.ts';
import { emptyTally, postReports, summarize } from './lib/report-load.mjs';
import { printTable } from './lib/table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORTS = [4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379];
const SLICE_SECONDS = 5;
const AIM = 0.8;

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
process.once('exit', () => {
  killAll();
  rmSync(work, { recursive: true, force: true });
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.once(signal, () => process.exit(130));

/** @type {{ stop(): Promise<void> }[]} */
const started = [];

try {
  const seconds = wholeNumber('seconds', flags.seconds, 1);
  const connections = wholeNumber('connections', flags.connections, 1);
  const warmupSeconds = wholeNumber('warmup', flags.warmup, 0);
  const profileDir = flags['cpu-prof'] ? resolve(flags['cpu-prof']) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const profile = (/** @type {string} */ name) => (profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : []);

  ensureBuilt(root);
  const regions = regionIds(root);
  const servers = [
    {
      name: 'ours',
      args: [...profile('ours'), join(root, 'scripts', 'start.mjs')],
      env: { ...process.env, RATE_LIMIT: 'off', DATABASE_URL: `sqlite:${join(work, 'ours', 'bench.db')}` },
    },
    {
      name: 'bare',
      args: [...profile('bare'), join(root, 'scripts', 'lib', 'bare-report-server.mjs')],
      env: { ...process.env, BENCH_DB: join(work, 'bare.db') },
    },
  ];
  const running = [];
  for (const server of servers) {
    const child = await startServer({ ...server, port: await freePort(PORTS), cwd: root });
    started.push(child);
    running.push({ name: server.name, url: child.url, tally: emptyTally() });
  }

  const slices = Math.ceil(seconds / SLICE_SECONDS);
  console.log(
    `POST /api/reports: ${connections} clients, ${seconds} s per server in ${slices} turn${slices > 1 ? 's' : ''} ` +
      `after a ${warmupSeconds} s warm-up (Node ${process.version}, ${availableParallelism()} CPUs, load ${loadavg()[0]?.toFixed(1)})\n`,
  );
  if (warmupSeconds > 0) for (const { url } of running) await postReports(url, { connections, seconds: warmupSeconds, regions });
  for (let slice = 0; slice < slices; slice++) {
    const sliceSeconds = Math.min(SLICE_SECONDS, seconds - slice * SLICE_SECONDS);
    for (const { url, tally } of running) await postReports(url, { connections, seconds: sliceSeconds, regions, tally });
  }
  await Promise.all(started.map((child) => child.stop()));

  const results = running.map(({ name, tally }) => ({ name, ...summarize(tally) }));
  printTable(
    [
      ['server', 'reports/s', 'p50 ms', 'p99 ms', 'errors'],
      ...results.map((r) => [r.name, r.reportsPerSecond.toFixed(1), r.p50.toFixed(1), r.p99.toFixed(1), r.errors]),
    ],
    { right: [1, 2, 3, 4] },
  );
  for (const { name, errorLines } of results) for (const line of errorLines) console.log(`${name}: ${line}`);
  if (slices > 1) console.log(`\nreports/s per turn: ${results.map(({ name, turns }) => `${name} ${turns}`).join('; ')}`);

  const [ours, bare] = results.map((r) => r.reportsPerSecond);
  const ratio = bare ? (ours ?? 0) / bare : 0;
  console.log(`\nours / bare: ${ratio.toFixed(2)} (aim ≥ ${AIM}: ${ratio >= AIM ? 'met' : 'not met'}); load at the end ${loadavg()[0]?.toFixed(1)}`);
  if (profileDir) console.log(`CPU profiles: ${profileDir}`);
  process.exitCode = results.some((r) => r.errors > 0) ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await Promise.all(started.map((child) => child.stop()));
  process.exitCode = 1;
}
