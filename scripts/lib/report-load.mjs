/**
 * The load of `npm run bench:reports`: autocannon's clients posting reports to `/api/reports`,
 * each request a slightly different report, and what came back: reports stored per second
 * (201 answers), latency percentiles of the 201s and everything that was not a 201.
 */
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
    ...(n % 3 === 0 ? { ageBand: AGE_BANDS[Math.floor(n / 3) % AGE_BANDS.length] } : {}),
  };
}

/**
 * What one server answered over all its runs.
 * @typedef {object} Tally
 * @property {number} seconds measured time, warm-ups left out
 * @property {number} created 201 answers
 * @property {number[]} latencies ms of every 201 answer
 * @property {Map<number, { count: number, firstBody: string }>} refused answers other than 201, by status
 * @property {number} connectionErrors connection errors, timeouts included
 * @property {number} timeouts
 * @property {number[]} turns reports per second of each run, to show how steady the machine was
 */

/** @returns {Tally} */
export const emptyTally = () => ({ seconds: 0, created: 0, latencies: [], refused: new Map(), connectionErrors: 0, timeouts: 0, turns: [] });

let reportNumber = 0;

/**
 * Posts reports to `origin` from `connections` clients for `seconds`, counting the answers in
 * `tally` (none when it is undefined: a warm-up).
 * @param {string} origin
 * @param {{ connections: number, seconds: number, regions: string[], tally?: Tally }} options
 */
export async function postReports(origin, { connections, seconds, regions, tally }) {
  const instance = autocannon({
    url: new URL('/api/reports', origin).href,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (/** @type {any} */ request) => ({ ...request, body: JSON.stringify(sampleReport(reportNumber++, regions)) }),
        onResponse: (/** @type {number} */ status, /** @type {string} */ body) => {
          if (!tally || status === 201) return;
          const refused = tally.refused.get(status) ?? { count: 0, firstBody: body.slice(0, 300) };
          tally.refused.set(status, { ...refused, count: refused.count + 1 });
        },
      },
    ],
  });
  instance.on('response', (/** @type {unknown} */ _client, /** @type {number} */ status, /** @type {number} */ _bytes, /** @type {number} */ ms) => {
    if (!tally || status !== 201) return;
    tally.created += 1;
    tally.latencies.push(ms);
  });
  const createdBefore = tally?.created ?? 0;
  const result = await instance;
  if (!tally) return;
  tally.turns.push((tally.created - createdBefore) / result.duration);
  tally.seconds += result.duration;
  tally.connectionErrors += result.errors;
  tally.timeouts += result.timeouts;
}

/** @param {number[]} sorted @param {number} fraction */
const percentile = (sorted, fraction) => sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? NaN;

/** Reports per second, p50 and p99 latency (ms), the number of errors and a line per kind. @param {Tally} tally */
export function summarize(tally) {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const refused = [...tally.refused].map(([status, { count, firstBody }]) => ({ status, count, firstBody }));
  const errorLines = refused.map(({ status, count, firstBody }) => `${count} × ${status}: ${firstBody}`);
  if (tally.connectionErrors > 0) errorLines.push(`${tally.connectionErrors} connection errors (${tally.timeouts} of them timeouts)`);
  return {
    reportsPerSecond: tally.seconds > 0 ? tally.created / tally.seconds : 0,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    errors: refused.reduce((sum, { count }) => sum + count, 0) + tally.connectionErrors,
    errorLines,
    turns: tally.turns.map((rate) => rate.toFixed(0)).join(', '),
  };
}
