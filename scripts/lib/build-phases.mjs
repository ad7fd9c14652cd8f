/**
 * Where an `astro build` spent its time, from Astro's own timer (ASTRO_TIMER_PATH: its bundles
 * and the prerendering) and the times in its log (image generation and each integration's work
 * once the pages are written, to the second).
 */
import { existsSync, readFileSync } from 'node:fs';

const TIMED = [
  ['Prerender build', 'bundle for prerendering'],
  ['SSR build', 'server bundle'],
  ['Client build', 'client bundle'],
];

// eslint-disable-next-line no-control-regex
const plain = (/** @type {string} */ text) => text.replace(/\x1b\[[0-9;]*m/g, '');
const clock = (/** @type {string} */ line) => {
  const match = /^(\d\d):(\d\d):(\d\d) /.exec(line);
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
};

/**
 * The seconds of each integration's work after the pages are written: the time from one line of
 * the log to the next line of that integration, from the end of the page generation to the end.
 * @param {string[]} lines
 * @returns {[string, number][]}
 */
function afterPages(lines) {
  const start = lines.findLastIndex((line) => / ✓ Completed in /.test(line) && !/\[build\]/.test(line));
  /** @type {[string, number][]} */
  const phases = [];
  let previous = clock(lines[start] ?? '');
  for (const line of lines.slice(start + 1)) {
    const time = clock(line);
    const tag = /^\d\d:\d\d:\d\d \[([^\]]+)\]/.exec(line)?.[1];
    if (time === undefined || previous === undefined || !tag || tag === 'build' || tag === 'WARN') continue;
    phases.push([`after pages: ${tag}`, time - previous]);
    previous = time;
  }
  return phases;
}

/**
 * @param {string} output the build's log
 * @param {string} timerFile the file ASTRO_TIMER_PATH named
 * @param {number} wallSeconds the build's time from start to exit
 * @returns {Map<string, number>} seconds by phase, in the order of the build
 */
export function buildPhases(output, timerFile, wallSeconds) {
  const lines = plain(output).split('\n');
  /** @type {Record<string, { elapsedTime: number }>} */
  const timer = existsSync(timerFile) ? JSON.parse(readFileSync(timerFile, 'utf8')) : {};
  const seconds = (/** @type {string} */ name) => (timer[name]?.elapsedTime ?? 0) / 1000;
  /** @type {Map<string, number>} */
  const phases = new Map();
  phases.set('start, config, content sync, types', wallSeconds - seconds('Total build'));
  for (const [name, label] of TIMED) phases.set(label, seconds(name));
  const generate = seconds('Server generate') || seconds('Static generate');
  const imagesLine = lines.findIndex((line) => /generating optimized images/.test(line));
  const done = / ✓ Completed in ([\d.]+)(ms|s)\./.exec(lines.slice(imagesLine).find((line) => / ✓ Completed in /.test(line)) ?? '');
  const images = imagesLine >= 0 && done ? Number(done[1]) / (done[2] === 'ms' ? 1000 : 1) : 0;
  phases.set('prerendering pages', generate - images);
  if (imagesLine >= 0) phases.set('optimizing images', images);
  for (const [label, value] of afterPages(lines)) phases.set(label, (phases.get(label) ?? 0) + value);
  return phases;
}
