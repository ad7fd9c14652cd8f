/**
 * The little the stores need from a database: queries with `?` placeholders, transactions and
 * closing. SQLite (`node:sqlite`) and PostgreSQL (`pg`) each implement it, so every store is
 * written once, in SQL both understand.
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
   * Runs `work` in one transaction that holds the write lock from its start, committed only if
   * `work` resolves. Inside, use the `Db` it is given, not the outer one.
   */
  transaction<T>(work: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
