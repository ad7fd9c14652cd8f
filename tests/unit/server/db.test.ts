/** The `Db` contract the stores rely on, on every database: placeholders, numbers, transactions. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberPlaceholders } from '../../../src/server/db/postgres';
import type { Db } from '../../../src/server/db/types';
import { openDb } from '../../../src/server/store';
import { describeEachDatabase, type CreatedDatabase } from '../../support/databases';

describe('placeholders for PostgreSQL', () => {
  it('number every ? in order, but none inside strings, quoted names or comments', () => {
    expect(numberPlaceholders('SELECT * FROM t WHERE a = ? AND b IN (?, ?)')).toBe('SELECT * FROM t WHERE a = $1 AND b IN ($2, $3)');
    expect(numberPlaceholders("SELECT '?', 'it''s ?', \"odd?\" FROM t WHERE a = ?")).toBe("SELECT '?', 'it''s ?', \"odd?\" FROM t WHERE a = $1");
    expect(numberPlaceholders('SELECT ? -- what?\n, ? /* and? */ , ?')).toBe('SELECT $1 -- what?\n, $2 /* and? */ , $3');
    expect(numberPlaceholders('/*? */ ? /*/ ? */ ?')).toBe('/*? */ $1 /*/ ? */ $2');
    expect(numberPlaceholders("SELECT ? WHERE a = 'open?")).toBe("SELECT $1 WHERE a = 'open?");
  });
});

describeEachDatabase('a database', (database) => {
  let created: CreatedDatabase;
  let db: Db;
  beforeEach(async () => {
    created = await database.create();
    db = await openDb(created.location);
    await db.run('CREATE TABLE things (id TEXT PRIMARY KEY, n INTEGER NOT NULL)');
  });
  afterEach(async () => {
    await db.close();
    await created.cleanup();
  });

  it('runs statements with ? placeholders and says how many rows changed', async () => {
    await db.run('INSERT INTO things (id, n) VALUES (?, ?)', ['a?', 1]);
    await db.run('INSERT INTO things (id, n) VALUES (?, ?)', ['b', 2]);
    expect(await db.run("UPDATE things SET n = n + 1 WHERE id <> '?'")).toBe(2);
    expect(await db.get('SELECT id, n FROM things WHERE id = ?', ['a?'])).toEqual({ id: 'a?', n: 2 });
    expect(await db.all('SELECT id FROM things ORDER BY id')).toEqual([{ id: 'a?' }, { id: 'b' }]);
    expect(await db.get('SELECT id FROM things WHERE id = ?', ['none'])).toBeUndefined();
  });

  it('gives COUNT and SUM back as numbers, or text that Number() reads', async () => {
    for (const [id, n] of [
      ['a', 2],
      ['b', 3],
    ] as const)
      await db.run('INSERT INTO things (id, n) VALUES (?, ?)', [id, n]);
    const row = (await db.get('SELECT COUNT(*) AS count, SUM(n) AS total, MAX(n) AS most FROM things'))!;
    expect([Number(row['count']), Number(row['total']), Number(row['most'])]).toEqual([2, 5, 3]);
    expect(typeof row['count']).toBe('number');
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await db.transaction((tx) => tx.run('INSERT INTO things (id, n) VALUES (?, ?)', ['kept', 1]));
    await expect(
      db.transaction(async (tx) => {
        await tx.run('INSERT INTO things (id, n) VALUES (?, ?)', ['lost', 1]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expect(db.transaction((tx) => tx.transaction(async () => 1))).rejects.toThrow(/nest/);
    expect(await db.all('SELECT id FROM things')).toEqual([{ id: 'kept' }]);
  });
});
