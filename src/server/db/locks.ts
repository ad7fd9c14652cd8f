/**
 * Row locks where a dialect needs them. SQLite's transactions hold the whole database from
 * BEGIN IMMEDIATE, so nothing is needed there; on PostgreSQL two transactions may read the same
 * `MAX(seq)` at once, so one locks the parent row first and the other waits for its commit.
 */
import type { Db } from './types.ts';

/** Locks the row of `table` with this `id` until the transaction `tx` ends (PostgreSQL only). */
export async function lockRow(tx: Db, table: 'reports' | 'users', id: string): Promise<void> {
  if (tx.dialect === 'postgres') await tx.get(`SELECT id FROM ${table} WHERE id = ? FOR UPDATE`, [id]);
}
