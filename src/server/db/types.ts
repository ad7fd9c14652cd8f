/**
 * The little the stores need from a database: queries with `?` placeholders, transactions and
 * closing. SQLite (`node:sqlite`, sqlite.ts) and PostgreSQL (`pg`, postgres.ts) each implement it,
 * so every store is written once, in SQL both understand.
 *
 * Portable habits: read aggregates (COUNT, SUM, MAX) through `Number()`, since a driver may
 * give a 64-bit result as text; keep `?` out of string literals written into the SQL; and where
 * a transaction reads a value to compute a write (`MAX(seq) + 1`), lock the row it depends on
 * with `lockRow` (locks.ts), which PostgreSQL needs and SQLite does not.
 */
export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

export interface Db {
  readonly dialect: 'sqlite' | 'postgres';
  all<R extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<R[]>;
  get<R extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<R | undefined>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Runs `work` in one transaction, committed only if `work` resolves. Inside, use the `Db` it
   * is given, not the outer one. SQLite holds the write lock of the whole file from the start;
   * PostgreSQL (READ COMMITTED) locks only the rows written, or those `lockRow` names.
   */
  transaction<T>(work: (db: Db) => Promise<T>): Promise<T>;
  /**
   * Makes what was just deleted leave the database's log as well as its tables (a case erased
   * for good, docs/design.md). SQLite folds its write-ahead log into the file; PostgreSQL's log is the
   * server's own to recycle, so there it does nothing. Not inside a transaction.
   */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}
