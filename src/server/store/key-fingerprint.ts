/**
 * Every process on one database must hash case codes with the same key, or no case opens. The
 * first process to start records a fingerprint of its key (an HMAC of a fixed text, which tells
 * nothing about the key); every later one must match it.
 */
import { createHmac } from 'node:crypto';
import type { Db } from '../db/types.ts';

const SETTING = 'case-code-key-fingerprint';

export const keyFingerprint = (key: Buffer): string => createHmac('sha256', key).update(SETTING).digest('hex');

/** Records the key's fingerprint on first start; throws when the database knows another key. */
export async function checkCaseCodeKey(db: Db, key: Buffer): Promise<void> {
  const mine = keyFingerprint(key);
  // Servers starting together may both find no fingerprint: the first insert wins, and every
  // process then compares its own with the one that won.
  await db.run('INSERT INTO server_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING', [SETTING, mine]);
  const recorded = (await db.get('SELECT value FROM server_settings WHERE name = ?', [SETTING]))?.['value'];
  if (recorded !== mine) {
    throw new Error(
      'the case-code key (CASE_CODE_SECRET, or data/case-code.key) is not the one this database was started with, ' +
        'so no case code would open its case: give this process the same key as the others, or restore the key from the backup',
    );
  }
}
