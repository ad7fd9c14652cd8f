/**
 * The floor `npm run bench:reports` measures our report API against: node:http and node:sqlite
 * with nothing between them. The store is set up as src/server/store/sqlite.ts sets up ours (WAL,
 * synchronous = FULL, the same other pragmas, a table with the same keys and indexes); each
 * request is read, parsed as JSON and stored as one row in one transaction, then answered 201
 * with a case code. No validation, routing, headers policy or hashing.
 *
 * Run as a child process: HOST, PORT and BENCH_DB (the SQLite file) say where.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { DatabaseSync } from 'node:sqlite';

const db = new DatabaseSync(process.env.BENCH_DB ?? 'bare.db', { timeout: 5000 });
db.exec('PRAGMA journal_mode = WAL');
db.exec('PRAGMA synchronous = FULL');
db.exec('PRAGMA foreign_keys = ON');
db.exec('PRAGMA secure_delete = ON');
db.exec(`CREATE TABLE IF NOT EXISTS reports (
  id TEXT PRIMARY KEY, case_code_hash TEXT UNIQUE, region TEXT NOT NULL, category TEXT NOT NULL,
  lang TEXT NOT NULL, urgent INTEGER NOT NULL, age_band TEXT, contact TEXT, message TEXT NOT NULL,
  status TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, closed_at TEXT)`);
db.exec('CREATE INDEX IF NOT EXISTS reports_closed_at ON reports (closed_at)');
const insert = db.prepare(
  `INSERT INTO reports (id, case_code_hash, region, category, lang, urgent, age_band, contact, message, status, created_at, updated_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?)`,
);

/** @param {Record<string, any>} report */
function store(report) {
  const when = new Date().toISOString();
  db.exec('BEGIN IMMEDIATE');
  try {
    insert.run(
      randomUUID(),
      randomBytes(32).toString('hex'),
      String(report.region),
      String(report.category),
      String(report.lang),
      report.urgent ? 1 : 0,
      report.ageBand ?? null,
      report.contact ?? null,
      String(report.message),
      when,
      when,
    );
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** @param {import('node:http').ServerResponse} response @param {number} status @param {unknown} body */
function send(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

const server = createServer((request, response) => {
  /** @type {Buffer[]} */
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    try {
      store(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      send(response, 201, { caseCode: randomBytes(8).readBigUInt64BE().toString().padStart(20, '0').slice(-16) });
    } catch (error) {
      send(response, 400, { error: { code: 'invalid', message: String(error) } });
    }
  });
});
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    server.close(() => {
      db.close();
      process.exit(0);
    });
    server.closeAllConnections();
  });
}
