/** The SQLite file as the server holds it: readable by its owner alone, and never written once it is gone. */
import { mkdtempSync, renameSync, rmSync, statSync, unlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../src/server/db/types';
import { DatabaseUnavailable } from '../../../src/server/db/unavailable';
import { openDb } from '../../../src/server/store';

describe('the SQLite file', () => {
  let dir: string;
  let path: string;
  let db: Db;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zanbala-file-'));
    path = join(dir, 'zanbala.db');
    db = await openDb({ kind: 'sqlite', path });
    await db.run('CREATE TABLE things (id TEXT PRIMARY KEY)');
  });
  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('is 0600 with its log and shared memory, like the key', async () => {
    await db.transaction((tx) => tx.run("INSERT INTO things (id) VALUES ('a')"));
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
  });

  it('refuses every write once the file is deleted, and says so once in the log', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    unlinkSync(path);
    await expect(db.transaction((tx) => tx.run("INSERT INTO things (id) VALUES ('lost')"))).rejects.toBeInstanceOf(DatabaseUnavailable);
    await expect(db.run("INSERT INTO things (id) VALUES ('lost')")).rejects.toBeInstanceOf(DatabaseUnavailable);
    await expect(db.transaction((tx) => tx.run("INSERT INTO things (id) VALUES ('lost')"))).rejects.toThrow(/deleted or replaced/);
    expect(logged.mock.calls.filter(([line]) => String(line).includes('deleted or replaced'))).toHaveLength(1);
  });

  it('refuses writes when another file is put in its place', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    copyFileSync(path, `${path}.copy`);
    renameSync(`${path}.copy`, path);
    await expect(db.transaction((tx) => tx.run("INSERT INTO things (id) VALUES ('lost')"))).rejects.toBeInstanceOf(DatabaseUnavailable);
  });
});
