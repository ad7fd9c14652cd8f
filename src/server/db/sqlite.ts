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
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { Db, Row, SqlValue } from './types.ts';
import { DatabaseUnavailable, guarded } from './unavailable.ts';

/** The database and its log hold children's words: readable by the server's user alone, like the key. */
const FILE_MODE = 0o600;

/** Makes the file 0600 before SQLite opens it; SQLite gives its -wal and -shm files the same mode. */
function ownFile(path: string): void {
  closeSync(openSync(path, 'a', FILE_MODE));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, FILE_MODE);
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

export function openSqlite(path: string): Db {
  mkdirSync(dirname(path), { recursive: true });
  ownFile(path);
  const connection = new DatabaseSync(path, { timeout: 5000 });
  connection.exec('PRAGMA journal_mode = WAL');
  connection.exec('PRAGMA synchronous = FULL');
  connection.exec('PRAGMA foreign_keys = ON');
  // Deleted rows are overwritten on disk, not just unlinked: an erased case is gone for good.
  connection.exec('PRAGMA secure_delete = ON');
  ownFile(path);

  /**
   * SQLite goes on writing to a file deleted or replaced under it, where nothing can ever read it
   * again: every write first checks that the path still names the file that was opened.
   */
  const opened = statSync(path);
  const checkFile = () => {
    let now: Stats | undefined;
    try {
      now = statSync(path);
    } catch {
      // Gone, or its folder is: the same answer either way.
    }
    if (!now || !sameFile(now, opened)) {
      throw new DatabaseUnavailable(`the SQLite file ${path} was deleted or replaced while the server ran; put it back or restart the server`);
    }
  };

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
    run: async (sql: string, params: readonly SqlValue[] = []) => {
      if (!connection.isTransaction) checkFile();
      return Number(prepared(sql).run(...params).changes);
    },
    transaction: () => Promise.reject(new Error('transactions do not nest')),
    checkpoint: () => Promise.reject(new Error('a checkpoint cannot run inside a transaction')),
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

  /**
   * Runs every waiting transaction in savepoints of one transaction, and settles them after
   * COMMIT. When the group fails as a whole (BEGIN or COMMIT on a full disk, a file gone), every
   * job is rejected with that error: none is acknowledged, and none was stored.
   */
  async function commitGroup(): Promise<void> {
    const jobs = waiting;
    waiting = [];
    const settle: (() => void)[] = [];
    try {
      checkFile();
      connection.exec('BEGIN IMMEDIATE');
      for (const job of jobs) {
        connection.exec('SAVEPOINT job');
        try {
          const result = await job.work(direct);
          connection.exec('RELEASE job');
          settle.push(() => job.resolve(result));
        } catch (error) {
          // An I/O error or a full disk may have rolled the whole transaction back already.
          if (!connection.isTransaction) throw error;
          connection.exec('ROLLBACK TO job');
          connection.exec('RELEASE job');
          settle.push(() => job.reject(error));
        }
      }
      connection.exec('COMMIT');
    } catch (error) {
      // A failed COMMIT on a full disk has usually rolled back already; a second ROLLBACK would
      // throw "no transaction is active" over the error that says what happened.
      try {
        if (connection.isTransaction) connection.exec('ROLLBACK');
      } catch {
        // The connection rolls back when it can; the error that matters is `error`.
      }
      for (const job of jobs) job.reject(error);
      return;
    }
    for (const done of settle) done();
  }

  return {
    dialect: 'sqlite',
    all: (sql, params) => guarded(() => serial(() => direct.all(sql, params)), { write: false }),
    get: (sql, params) => guarded(() => serial(() => direct.get(sql, params)), { write: false }),
    run: (sql, params) => guarded(() => serial(() => direct.run(sql, params)), { write: true }),
    transaction: <T>(work: (db: Db) => Promise<T>) =>
      guarded(
        () =>
          new Promise<T>((resolve, reject) => {
            // The group starts after this turn of the event loop: a commit blocks the process while
            // it waits for the disk, so the requests that arrived meanwhile are all read by then
            // and join it, instead of one fsync each.
            if (waiting.length === 0) setImmediate(() => void serial(commitGroup));
            waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
          }),
        { write: true },
      ),
    // Folds the write-ahead log into the file and empties it, so deleted pages leave the log too.
    checkpoint: async () => {
      await guarded(() => serial(() => direct.run('PRAGMA wal_checkpoint(TRUNCATE)')), { write: true });
    },
    close: () => serial(() => direct.close()),
  };
}
