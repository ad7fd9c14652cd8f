/**
 * `Db` over one SQLite file through `node:sqlite`. WAL lets readers work while a report is
 * written; `synchronous = FULL` makes every commit reach the disk before it returns, so what was
 * acknowledged survives `kill -9` and power loss (promise 3). One connection serves the process,
 * so every call is queued: an async transaction must not interleave with another's statements.
 *
 * Transactions asked for while the disk is busy are committed together (group commit): each runs
 * in a savepoint of one shared transaction, so one that fails rolls back alone, and none resolves
 * before the shared COMMIT is on disk. One fsync then acknowledges many reports.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { Db, Row, SqlValue } from './types.ts';

export function openSqlite(path: string): Db {
  mkdirSync(dirname(path), { recursive: true });
  const connection = new DatabaseSync(path, { timeout: 5000 });
  connection.exec('PRAGMA journal_mode = WAL');
  connection.exec('PRAGMA synchronous = FULL');
  connection.exec('PRAGMA foreign_keys = ON');
  // Deleted rows are overwritten on disk, not just unlinked: an erased case is gone for good.
  connection.exec('PRAGMA secure_delete = ON');

  const statements = new Map<string, StatementSync>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = connection.prepare(sql)));
    return statement;
  };

  /** Runs statements directly: for the queue's own turn and inside a transaction. */
  const direct: Db = {
    dialect: 'sqlite',
    all: async <R extends Row>(sql: string, params: readonly SqlValue[] = []) => prepared(sql).all(...params) as R[],
    get: async <R extends Row>(sql: string, params: readonly SqlValue[] = []) => prepared(sql).get(...params) as R | undefined,
    run: async (sql: string, params: readonly SqlValue[] = []) => Number(prepared(sql).run(...params).changes),
    transaction: () => Promise.reject(new Error('transactions do not nest')),
    close: async () => connection.close(),
  };

  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  }

  type Job = { work: (db: Db) => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };
  let waiting: Job[] = [];

  /** Runs every waiting transaction in savepoints of one transaction, and settles them after COMMIT. */
  async function commitGroup(): Promise<void> {
    const jobs = waiting;
    waiting = [];
    const settle: (() => void)[] = [];
    connection.exec('BEGIN IMMEDIATE');
    try {
      for (const job of jobs) {
        connection.exec('SAVEPOINT job');
        try {
          const result = await job.work(direct);
          connection.exec('RELEASE job');
          settle.push(() => job.resolve(result));
        } catch (error) {
          connection.exec('ROLLBACK TO job');
          connection.exec('RELEASE job');
          settle.push(() => job.reject(error));
        }
      }
      connection.exec('COMMIT');
    } catch (error) {
      connection.exec('ROLLBACK');
      for (const job of jobs) job.reject(error);
      return;
    }
    for (const done of settle) done();
  }

  return {
    dialect: 'sqlite',
    all: (sql, params) => serial(() => direct.all(sql, params)),
    get: (sql, params) => serial(() => direct.get(sql, params)),
    run: (sql, params) => serial(() => direct.run(sql, params)),
    transaction: <T>(work: (db: Db) => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        if (waiting.length === 0) void serial(commitGroup);
        waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      }),
    close: () => serial(() => direct.close()),
  };
}

/** Folds the write-ahead log into the database file, so deleted pages leave the log too. */
export function checkpoint(db: Db): Promise<number> {
  return db.dialect === 'sqlite' ? db.run('PRAGMA wal_checkpoint(TRUNCATE)') : Promise.resolve(0);
}
