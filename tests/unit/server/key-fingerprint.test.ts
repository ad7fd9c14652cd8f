import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDb } from '../../../src/server/store';
import { checkCaseCodeKey, keyFingerprint } from '../../../src/server/store/key-fingerprint';
import type { Db } from '../../../src/server/db/types';
import { describeEachDatabase } from '../../support/databases';

describeEachDatabase('the case-code key of a database', (database) => {
  let db: Db;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    const created = await database.create();
    cleanup = created.cleanup;
    db = await openDb(created.location);
  });
  afterEach(async () => {
    await db.close();
    await cleanup();
  });

  it('is recorded by the first process and accepted from the next with the same key', async () => {
    const key = Buffer.from('a'.repeat(64));
    await checkCaseCodeKey(db, key);
    await expect(checkCaseCodeKey(db, Buffer.from('a'.repeat(64)))).resolves.toBeUndefined();
  });

  it('stops a process started with another key, saying why', async () => {
    await checkCaseCodeKey(db, Buffer.from('a'.repeat(64)));
    await expect(checkCaseCodeKey(db, Buffer.from('b'.repeat(64)))).rejects.toThrow(/not the one this database was started with/);
  });

  it('keeps only a fingerprint that does not contain the key', async () => {
    const key = Buffer.from('k'.repeat(64));
    await checkCaseCodeKey(db, key);
    const row = await db.get('SELECT value FROM server_settings');
    expect(row?.['value']).toBe(keyFingerprint(key));
    expect(String(row?.['value'])).not.toContain('kkkk');
  });
});

it('fingerprints differ for different keys', () => {
  expect(keyFingerprint(Buffer.from('a'.repeat(32)))).not.toBe(keyFingerprint(Buffer.from('b'.repeat(32))));
});
