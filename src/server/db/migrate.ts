/** Applies the numbered schema steps not yet recorded in `schema_migrations`, once, in order. */
import type { Db } from './types.ts';

export interface Migration {
  version: number;
  statements: string[];
}

/** Any constant will do: it only has to be the same in every process that migrates. */
const POSTGRES_MIGRATION_LOCK = 7_246_118;

export async function migrate(db: Db, migrations: readonly Migration[]): Promise<void> {
  // The transaction takes the write lock first (and PostgreSQL an advisory lock), so servers
  // starting together migrate once. The table is made under the lock too: PostgreSQL's CREATE
  // TABLE IF NOT EXISTS can fail on a unique index of its catalog when two run at once.
  await db.transaction(async (tx) => {
    if (tx.dialect === 'postgres') await tx.get('SELECT pg_advisory_xact_lock(?)', [POSTGRES_MIGRATION_LOCK]);
    await tx.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const applied = new Set((await tx.all('SELECT version FROM schema_migrations')).map((row) => Number(row['version'])));
    for (const migration of migrations.filter((step) => !applied.has(step.version))) {
      for (const statement of migration.statements) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [migration.version, new Date().toISOString()]);
    }
  });
}
