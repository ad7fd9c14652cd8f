/**
 * `npm run bench:build`: how long our build takes with many lessons, next to a bare Astro
 * project with the same MDX (scripts/lib/bare-astro.mjs), and how big our server bundle is.
 * N made-up articles (scripts/lib/synthetic-lessons.mjs) go into a copy of the project, beside
 * the sample lessons; the bare project gets all of them. Both are built in this run on this
 * machine, each from a cold cache (as in CI), taking turns when there are several rounds.
 * The aim: at most 1.6× the bare build, at most 5 MB of dist/server.
 *
 *   npm run bench:build                          # 1000 lessons, one round
 *   npm run bench:build -- --lessons 200 --rounds 3
 *   npm run bench:build -- --keep                # keeps both projects (and build.log in each)
 *   npm run bench:build -- --starlight           # also Starlight with the made-up lessons (scripts/lib/starlight-yardstick.mjs)
 *   npm run bench:build -- --workers 1,2         # also ours with 1 and 2 prerender workers, taking turns
 *
 * The machine's load average is printed with the figures: on a shared machine they say little
 * without it. Exits 1 when a build fails.
 */
import { existsSync, lstatSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { astroBuild } from './lib/build.mjs';
import { makeBareProject } from './lib/bare-astro.mjs';
import { makeStarlightProject } from './lib/starlight-yardstick.mjs';
import { copyProject } from './lib/project-copy.mjs';
import { writeSyntheticLessons } from './lib/synthetic-lessons.mjs';
import { printTable } from './lib/table.mjs';
import { buildPhases } from './lib/build-phases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const AIM_RATIO = 1.6;
const AIM_SERVER_BYTES = 5 * 1024 * 1024;

const { values: flags } = parseArgs({
  options: {
    lessons: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    starlight: { type: 'boolean', default: false },
    workers: { type: 'string' },
  },
});

/** @param {string} name @param {string} value @param {number} min */
function wholeNumber(name, value, min) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new Error(`--${name} must be a whole number ≥ ${min}, not "${value}"`);
  return number;
}

/** Caches a build leaves behind, so that each build starts cold. @param {string} dir */
function clearCaches(dir) {
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    const path = join(dir, cache);
    // node_modules holds links to the project's packages: never follow one.
    if (lstatSync(path, { throwIfNoEntry: false })?.isDirectory()) rmSync(path, { recursive: true, force: true });
  }
}

/** Bytes and files below a folder. @param {string} dir @returns {{ bytes: number, files: number }} */
function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** The Astro a project builds with: the one its own node_modules resolves. @param {string} dir */
const astroVersion = (dir) => JSON.parse(readFileSync(join(dir, 'node_modules', 'astro', 'package.json'), 'utf8')).version;

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const megabytes = (/** @type {number} */ bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;

/** @param {string} name @param {string} dir @param {Record<string, string>} [env] */
function timedBuild(name, dir, env = {}) {
  clearCaches(dir);
  const timerFile = join(dir, 'astro-timer.json');
  const started = performance.now();
  const { ok, output } = astroBuild(dir, { quiet: true, env: { ...process.env, ...env, ASTRO_TIMER_PATH: timerFile } });
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(join(dir, 'build.log'), output);
  if (!ok) {
    console.error(output);
    throw new Error(`The ${name} build failed in ${dir}`);
  }
  console.log(`  ${name}: ${seconds.toFixed(1)} s (load ${load()})`);
  return { seconds, phases: buildPhases(output, timerFile, seconds) };
}

const lessons = wholeNumber('lessons', flags.lessons, 1);
const rounds = wholeNumber('rounds', flags.rounds, 1);
const ours = copyProject(root, 'zanbala-bench-build-');
const work = [ours];
process.once('exit', () => {
  if (flags.keep) console.log(`Kept: ${work.join(' and ')}`);
  else for (const dir of work) rmSync(dir, { recursive: true, force: true });
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.once(signal, () => process.exit(130));

try {
  const madeUp = writeSyntheticLessons(join(ours, 'content'), lessons);
  /** @type {Record<string, string>} */
  const projects = { bare: makeBareProject(root, join(ours, 'content')), ours };
  work.push(projects.bare);
  if (flags.starlight) {
    projects.starlight = makeStarlightProject(root, madeUp);
    work.push(projects.starlight);
  }
  // Our build again with other numbers of prerender workers (PRERENDER_WORKERS, astro.config.mjs), in the same turns.
  /** @type {Record<string, Record<string, string>>} */
  const envs = {};
  for (const count of flags.workers?.split(',') ?? []) {
    const name = `ours, ${wholeNumber('workers', count.trim(), 0)} workers`;
    projects[name] = ours;
    envs[name] = { PRERENDER_WORKERS: count.trim() };
  }
  const names = Object.keys(projects);
  const variants = names.filter((name) => name.startsWith('ours, '));
  console.log(`${lessons} made-up lessons beside the sample ones; ${rounds} round(s); ${availableParallelism()} CPUs; load ${load()}`);
  console.log(`Astro: ${names.map((name) => `${name} ${astroVersion(/** @type {string} */ (projects[name]))}`).join(', ')}`);
  console.log(`Our prerender workers ("ours"): ${process.env.PRERENDER_WORKERS ?? 'the default of astro.config.mjs'}`);
  /** @type {Record<string, number[]>} */
  const seconds = Object.fromEntries(names.map((name) => [name, []]));
  /** @type {Record<string, Map<string, number>>} */
  const phases = Object.fromEntries(names.map((name) => [name, new Map()]));
  for (let round = 0; round < rounds; round += 1) {
    console.log(`Round ${round + 1}:`);
    // Taking turns, so that a busier minute of the machine does not fall on one project only.
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const result = timedBuild(name, /** @type {string} */ (projects[name]), envs[name]);
      seconds[name]?.push(result.seconds);
      phases[name] = result.phases;
    }
  }
  const server = join(ours, 'dist', 'server');
  if (!existsSync(server)) throw new Error(`Our build wrote no ${server}`);
  const size = folderSize(server);
  const at = (/** @type {string} */ name) => median(seconds[name] ?? []);
  const ratio = at('ours') / at('bare');
  console.log('');
  printTable(
    [
      ['', 'seconds (median)', 'aim'],
      ['bare Astro', at('bare').toFixed(1), ''],
      ['ours', at('ours').toFixed(1), ''],
      ['ours / bare', `${ratio.toFixed(2)}×`, `≤ ${AIM_RATIO}×`],
      ...variants.flatMap((name) => [
        [name, at(name).toFixed(1), ''],
        [`${name} / bare`, `${(at(name) / at('bare')).toFixed(2)}×`, ''],
      ]),
      ...(flags.starlight
        ? [
            [`Starlight (${lessons} pages, Pagefind)`, at('starlight').toFixed(1), ''],
            ['Starlight / bare', `${(at('starlight') / at('bare')).toFixed(2)}×`, ''],
            ['ours / Starlight', `${(at('ours') / at('starlight')).toFixed(2)}×`, ''],
          ]
        : []),
      ['dist/server', `${megabytes(size.bytes)} (${size.bytes} bytes), ${size.files} files`, `≤ ${megabytes(AIM_SERVER_BYTES)}`],
    ],
    { right: [1] },
  );
  console.log(`Load average at the end: ${load()}`);
  console.log('\nWhere the last build of each spent its time (s):');
  const steps = [...new Set(names.flatMap((name) => [...(phases[name]?.keys() ?? [])]))];
  printTable([['phase', ...names], ...steps.map((step) => [step, ...names.map((name) => phases[name]?.get(step)?.toFixed(1) ?? '')])], {
    right: names.map((_, index) => index + 1),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
