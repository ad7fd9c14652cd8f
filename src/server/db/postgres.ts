/**
 * `Db` over PostgreSQL through a `pg` pool, for several server processes on one database. The
 * stores' `?` placeholders become `$1…`; a transaction runs on one pooled connection. Commits are
 * durable when they return (PostgreSQL's default `synchronous_commit = on`), so promise 3 holds.
 */
import pg from 'pg';
import type { Db, Row, SqlValue } from './types.ts';
import { classify, DatabaseUnavailable, guarded } from './unavailable.ts';

/**
 * `pg` returns 64-bit integers (COUNT, SUM of integers) and numerics (SUM of bigints, AVG) as
 * text, to lose no precision; counts of reports fit a JavaScript number, so they come back as one.
 * Stores still wrap aggregates in `Number()`: the contract of `Db` is "a number or its text".
 */
const AS_NUMBER = new Set<number>([pg.types.builtins.INT8, pg.types.builtins.NUMERIC]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    AS_NUMBER.has(oid) ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** `?` → `$1`, `$2`, …, except inside quoted strings, quoted names and comments. */
export function numberPlaceholders(sql: string): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i]!;
    // Where the string, name or comment starting here closes (its last character), if one starts.
    const closer = char === "'" || char === '"' ? char : sql.startsWith('--', i) ? '\n' : sql.startsWith('/*', i) ? '*/' : undefined;
    if (closer === undefined) {
      out += char === '?' ? `$${++n}` : char;
      continue;
    }
    // An unterminated one runs to the end; a doubled '' or "" reads as two strings in a row.
    const found = sql.indexOf(closer, i + (closer === '*/' ? 2 : 1));
    const stop = found === -1 ? sql.length - 1 : found + closer.length - 1;
    out += sql.slice(i, stop + 1);
    i = stop;
  }
  return out;
}

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** `?` → `$n` for each statement text once, shared by the pool and every transaction. */
const translated = new Map<string, string>();

function on(target: Queryable, dialect: 'postgres'): Omit<Db, 'transaction' | 'checkpoint' | 'close'> {
  const query = (sql: string, params: readonly SqlValue[] = []) => {
    let text = translated.get(sql);
    if (text === undefined) translated.set(sql, (text = numberPlaceholders(sql)));
    return target.query(text, params as SqlValue[]);
  };
  const read = (sql: string, params?: readonly SqlValue[]) => guarded(() => query(sql, params), { write: false });
  return {
    dialect,
    all: async <R extends Row>(sql: string, params?: readonly SqlValue[]) => (await read(sql, params)).rows as R[],
    get: async <R extends Row>(sql: string, params?: readonly SqlValue[]) => (await read(sql, params)).rows[0] as R | undefined,
    run: async (sql: string, params?: readonly SqlValue[]) => (await guarded(() => query(sql, params), { write: true })).rowCount ?? 0,
  };
}

const CONNECT_TIMEOUT_MS = 5000;

/** A pool on `url` (`postgres://user:password@host:port/database?options=…`, as `pg` reads it). */
export function openPostgres(url: string): Db {
  // A stopped server refuses at once; one that accepts and never answers must not hold a request for ever.
  const pool = new pg.Pool({ connectionString: url, types, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle connection the server dropped (a restart, a failover) is replaced on next use; without
  // a listener the error would end the process.
  pool.on('error', (error) => {
    if (!(classify(error) instanceof DatabaseUnavailable)) console.error(`A PostgreSQL connection failed: ${error.message}`);
  });

  return {
    ...on(pool, 'postgres'),
    transaction: (work) =>
      guarded(
        async () => {
          const client = await pool.connect();
          // A connection that dies while checked out emits `error` on the client, not the pool: without
          // this listener a PostgreSQL restart under load would end the process.
          let broken: Error | undefined;
          const fail = (error: Error) => (broken ??= error);
          client.on('error', fail);
          try {
            await client.query('BEGIN');
            const result = await work({
              ...on(client, 'postgres'),
              transaction: () => Promise.reject(new Error('transactions do not nest')),
              checkpoint: () => Promise.reject(new Error('a checkpoint cannot run inside a transaction')),
              close: () => Promise.reject(new Error('close the pool, not a transaction')),
            });
            await client.query('COMMIT');
            return result;
          } catch (error) {
            if (classify(error) instanceof DatabaseUnavailable) broken ??= error as Error;
            if (!broken) await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
            throw error;
          } finally {
            client.off('error', fail);
            // A connection that failed or could not roll back is closed, never handed to the next caller.
            client.release(broken);
          }
        },
        { write: true },
      ),
    // PostgreSQL recycles its own write-ahead log; the erased rows are gone from every query at once.
    checkpoint: async () => {},
    close: () => pool.end(),
  };
}
