/**
 * `npm run bench:inbox`: how long the inbox's queue takes to search one region's cases in memory
 * (`/admin/?q=…`, src/server/admin/queue-search.ts), with the first page's previews and owners,
 * for 10,000 cases of one region (and 2,000 of another, which a moderator never sees). The aim is
 * at most 300 ms a search. The texts are read from the database for each search and matched in
 * memory: no index is written anywhere.
 *
 *   npm run bench:inbox                         # SQLite in a temporary folder
 *   npm run bench:inbox -- --cases 20000 --runs 20
 *   npm run bench:inbox -- --postgres postgres://user:password@host/database   # a schema of its own, dropped after
 *
 * Exits 1 when the median of a query is over the aim.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Report } from '../src/lib/report.ts';
import { queueFilterOf, queuePage } from '../src/server/admin/queue-page.ts';
import type { QueueQuery } from '../src/server/admin/queue-filter.ts';
import { createOfficeStores, openDb } from '../src/server/store/index.ts';
import type { StoreLocation } from '../src/server/config.ts';

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '10000' }, runs: { type: 'string', default: '15' }, postgres: { type: 'string' } },
});
const CASES = Number(values.cases);
const RUNS = Number(values.runs);
const AIM_MS = 300;
const REGION = 'almaty-region';

const OPENINGS = [
  'Мені сыныптағы балалар күнде мазақ етеді, телефонымды тартып алады.',
  'Меня в школе постоянно обижают старшеклассники и требуют деньги.',
  'Үйде әкем ішіп келгенде бәрімізді ұрады, анам да қорқады.',
  'В чате класса выкладывают мои фотографии и пишут гадости.',
  'Аулада жарық жоқ, кешке мектептен қайту қорқынышты.',
  'Незнакомый человек в интернете просит прислать фото и угрожает.',
];
const FILLER = ' Мұғалімге айттым, бірақ ештеңе өзгерген жоқ. Не істеуім керек, кімге жүгінуге болады? Я боюсь рассказать родителям, потому что будет хуже.';

/** A message of 200–900 characters; one case in 500 holds the rare word the bench looks for. */
function message(i: number): string {
  const base = OPENINGS[i % OPENINGS.length]! + FILLER.repeat(1 + (i % 6));
  return i % 500 === 7 ? `${base} Олар мені қорқытады.` : base;
}

async function location(): Promise<{ where: StoreLocation; cleanup: () => Promise<void>; name: string }> {
  if (values.postgres) {
    const schema = `bench_inbox_${process.pid}`;
    const admin = new pg.Client({ connectionString: values.postgres });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = new URL(values.postgres);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return {
      where: { kind: 'postgres', url: url.toString() },
      name: 'PostgreSQL',
      cleanup: async () => {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'zanbala-bench-inbox-'));
  return { where: { kind: 'sqlite', path: join(dir, 'zanbala.db') }, name: 'SQLite', cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

const { where, cleanup, name } = await location();
const db = await openDb(where);
const office = createOfficeStores(db);
try {
  console.log(`Filing ${CASES} cases of ${REGION} and ${CASES / 5} of another region (${name})…`);
  const start = Date.now();
  const total = CASES + CASES / 5;
  // SQLite commits a batch together; PostgreSQL's pool has ten connections, each waiting its turn.
  const batch = values.postgres ? 20 : 500;
  for (let from = 0; from < total; from += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, total - from) }, async (_, k) => {
        const i = from + k;
        const report: Report = {
          region: i < CASES ? REGION : 'astana',
          category: 'bullying',
          message: message(i),
          lang: i % 2 ? 'ru' : 'kk',
          followUp: false,
          urgent: i % 50 === 0,
        };
        const { id } = await office.reports.addReport(report, null, new Date(Date.UTC(2026, 10, 1) + i * 60_000), undefined, {
          dueAt: new Date(Date.UTC(2026, 11, 1)),
        });
        if (i % 10 === 0) await office.inbox.addNote(id, 'moderator', 'Мектеппен сөйлестік, жауап күтеміз. Позвонили в школу.', new Date());
      }),
    );
  }
  console.log(
    `Filed in ${((Date.now() - start) / 1000).toFixed(1)} s. Load average before: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );

  const base: QueueQuery = { status: undefined, category: undefined, region: undefined, owner: undefined, q: undefined, page: 1 };
  const queries = [
    { label: 'a rare word, typed without Kazakh letters', q: 'коркытады' },
    { label: 'the same word with Kazakh letters', q: 'қорқытады' },
    { label: 'two common words', q: 'мектеп школу' },
    { label: 'a word no case holds', q: 'жирафтар' },
    { label: 'no search: the first page', q: undefined },
  ];
  const filter = queueFilterOf(base, 'nobody', [REGION]);
  const rows: string[][] = [];
  let over = false;
  for (const query of queries) {
    const times: number[] = [];
    const cpu: number[] = [];
    let found = 0;
    for (let run = 0; run < RUNS; run++) {
      const began = performance.now();
      const cpuBefore = process.cpuUsage();
      const page = await queuePage(office, { ...base, q: query.q }, filter);
      const used = process.cpuUsage(cpuBefore);
      times.push(performance.now() - began);
      cpu.push((used.user + used.system) / 1000);
      if (page.ok) found = page.cases.length;
    }
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
    if (median(times) > AIM_MS) over = true;
    rows.push([query.label, query.q ?? '—', String(found), median(times).toFixed(0), Math.max(...times).toFixed(0), median(cpu).toFixed(0)]);
  }
  console.log(`\n${CASES} cases in the moderator's region, ${RUNS} runs each (${name}); aim: median ≤ ${AIM_MS} ms\n`);
  // CPU time is what the search costs the process; on a busy machine the wall time adds the wait for a core.
  const widths = [46, 16, 12, 12, 10, 10];
  const line = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' ');
  console.log(line(['query', 'q', 'on page 1', 'median ms', 'max ms', 'CPU ms']));
  for (const row of rows) console.log(line(row));
  console.log(
    `\nLoad average after: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
  process.exitCode = over ? 1 : 0;
} finally {
  await db.close();
  await cleanup();
}
