/**
 * The `Db` layer under real faults: a PostgreSQL cluster of the test's own stopped mid-transaction,
 * SQLite on a tmpfs that fills up. Every transaction settles with `DatabaseUnavailable`, none is
 * both failed and stored, and the next one after the fault works.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../src/server/db/types';
import { DatabaseUnavailable } from '../../../src/server/db/unavailable';
import { openDb } from '../../../src/server/store';
import { PRIVATE_POSTGRES_SKIP_REASON, startPrivatePostgres, type PrivatePostgres } from '../../support/private-postgres';

let db: Db | undefined;
afterEach(async () => {
  await db?.close().catch(() => {});
  db = undefined;
  vi.restoreAllMocks();
});

describe.skipIf(PRIVATE_POSTGRES_SKIP_REASON)('PostgreSQL stopped during a transaction', () => {
  let postgres: PrivatePostgres | undefined;
  afterEach(() => postgres?.destroy());

  it('rejects the transaction as unavailable, keeps the process, and serves the next one after the restart', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    postgres = await startPrivatePostgres();
    db = await openDb({ kind: 'postgres', url: postgres.url });
    await db.run('CREATE TABLE things (id TEXT PRIMARY KEY)');

    const held = db.transaction(async (tx) => {
      await tx.run("INSERT INTO things (id) VALUES ('held')");
      await tx.get('SELECT pg_sleep(10)');
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    postgres.stop();
    await expect(held).rejects.toBeInstanceOf(DatabaseUnavailable);
    await expect(db.transaction((tx) => tx.run("INSERT INTO things (id) VALUES ('down')"))).rejects.toBeInstanceOf(DatabaseUnavailable);
    await expect(db.all('SELECT id FROM things')).rejects.toBeInstanceOf(DatabaseUnavailable);

    postgres.start();
    await db.transaction((tx) => tx.run("INSERT INTO things (id) VALUES ('after')"));
    expect(await db.all('SELECT id FROM things ORDER BY id')).toEqual([{ id: 'after' }]);
  }, 120_000);
});

const MOUNT_SKIP_REASON = process.platform !== 'linux' || userInfo().uid !== 0 ? 'mounting a tmpfs needs root on Linux (CI runs as root)' : undefined;

describe.skipIf(MOUNT_SKIP_REASON)('SQLite on a full disk', () => {
  it('settles every transaction of a failed group commit as unavailable, stores none of them, and works once there is room', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const dir = mkdtempSync(join(tmpdir(), 'zanbala-full-db-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m,mode=0700', 'tmpfs', dir]);
    try {
      db = await openDb({ kind: 'sqlite', path: join(dir, 'zanbala.db') });
      await db.run('CREATE TABLE things (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
      const filler = join(dir, 'filler');
      try {
        for (;;) writeFileSync(filler, Buffer.alloc(16 * 1024, 1), { flag: 'a' });
      } catch {
        // ENOSPC: the disk is full.
      }
      const body = 'ж'.repeat(4000);
      // Ten at once: they share one COMMIT, which the full disk refuses.
      const group = Array.from({ length: 10 }, (_, i) => db!.transaction((tx) => tx.run('INSERT INTO things (id, body) VALUES (?, ?)', [`full-${i}`, body])));
      const settled = await Promise.allSettled(group);
      expect(settled.every((result) => result.status === 'rejected' && result.reason instanceof DatabaseUnavailable)).toBe(true);
      expect(await db.all('SELECT id FROM things')).toEqual([]);

      unlinkSync(filler);
      await db.transaction((tx) => tx.run("INSERT INTO things (id, body) VALUES ('room', 'again')"));
      expect(await db.all('SELECT id FROM things')).toEqual([{ id: 'room' }]);
    } finally {
      await db?.close().catch(() => {});
      db = undefined;
      execFileSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
