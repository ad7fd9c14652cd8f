/**
 * The load of `npm run bench:reports`: autocannon's clients posting reports to `/api/reports`,
 * each request a slightly different report, and what came back: reports stored per second
 * (201 answers), latency percentiles and everything that was not a 201.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';

const CATEGORIES = ['bullying', 'cyberbullying', 'online-fraud', 'unsafe-place', 'rights-question', 'other'];
const AGE_BANDS = ['7-10', '11-14', '15-18'];
const SENTENCES = {
  kk: [
    'Сыныптастарым мені күнде мазақтайды, мұғалімге айтуға қорқамын.',
    'Біреу интернетте менің суретімді рұқсатсыз жариялады.',
    'Мектептің жанындағы көшеде кешке жарық жоқ, жүру қорқынышты.',
    'Маған белгісіз адам ақша жіберуді сұрап жазды.',
  ],
  ru: [
    'Одноклассники каждый день смеются надо мной, а учителю сказать страшно.',
    'Кто-то выложил мою фотографию в интернет без разрешения.',
    'На улице возле школы вечером нет света, идти страшно.',
    'Незнакомый человек написал и просит перевести ему деньги.',
  ],
};

/** The region ids of content/data/regions.yaml (each entry starts with `- id: …`). @param {string} root */
export function regionIds(root) {
  const ids = [...readFileSync(join(root, 'content', 'data', 'regions.yaml'), 'utf8').matchAll(/^- id: ([\w-]+)\s*$/gm)].map((match) => match[1] ?? '');
  if (ids.length === 0) throw new Error('No region ids found in content/data/regions.yaml');
  return ids;
}

/**
 * The `n`-th report of a run: region, category, language and wording vary, so no two bodies
 * are equal and each is a valid report (message 10–5000 characters).
 * @param {number} n @param {string[]} regions
 */
export function sampleReport(n, regions) {
  const lang = n % 2 === 0 ? 'kk' : 'ru';
  const sentences = SENTENCES[lang];
  const message = [0, 1, 2].map((offset) => sentences[(n + offset) % sentences.length]).join(' ');
  return {
    region: regions[n % regions.length],
    category: CATEGORIES[n % CATEGORIES.length],
    message: `${message} (${n})`,
    lang,
    followUp: n % 5 !== 0,
    urgent: n % 7 === 0,
    ...(n % 3 === 0 ? { ageBand: AGE_BANDS[n % AGE_BANDS.length] } : {}),
  };
}

/**
 * @typedef {object} LoadResult
 * @property {number} reportsPerSecond 201 answers per second of the measured run
 * @property {number} p50 latency in ms
 * @property {number} p99 latency in ms
 * @property {number} errors answers other than 201, plus connection errors and timeouts
 * @property {string[]} errorDetails one line per kind of error
 */

/**
 * Posts reports to `origin` from `connections` clients for `seconds`, after a warm-up of
 * `warmupSeconds` whose answers are not counted.
 * @param {string} origin
 * @param {{ connections: number, seconds: number, warmupSeconds: number, regions: string[] }} options
 * @returns {Promise<LoadResult>}
 */
export async function loadReports(origin, { connections, seconds, warmupSeconds, regions }) {
  let sent = 0;
  /** @type {Map<number, string>} status → the first body seen with it */
  const firstBodies = new Map();
  const result = await autocannon({
    url: new URL('/api/reports', origin).href,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
    warmup: warmupSeconds > 0 ? { connections, duration: warmupSeconds } : undefined,
    requests: [
      {
        setupRequest: (/** @type {any} */ request) => ({ ...request, body: JSON.stringify(sampleReport(sent++, regions)) }),
        onResponse: (/** @type {number} */ status, /** @type {string} */ body) => {
          if (status !== 201 && !firstBodies.has(status)) firstBodies.set(status, body.slice(0, 300));
        },
      },
    ],
  });

  const counts = Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [Number(status), Number(count)]);
  const created = counts.find(([status]) => status === 201)?.[1] ?? 0;
  const refused = counts.filter(([status]) => status !== 201);
  const errorDetails = refused.map(([status, count]) => `${count} × ${status}: ${firstBodies.get(status ?? 0) ?? ''}`);
  if (result.errors > 0) errorDetails.push(`${result.errors} connection errors (${result.timeouts} of them timeouts)`);
  return {
    reportsPerSecond: created / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: refused.reduce((sum, [, count]) => sum + (count ?? 0), 0) + result.errors,
    errorDetails,
  };
}
