/**
 * No address comes back from a backup (docs/operations.md, "Secrets"): a `pg_dump` restored with
 * every secret the docs say to keep with it (CASE_CODE_SECRET) cannot be brute-forced back into
 * the addresses that sent reports, looked up cases or failed to sign in, over the whole address
 * space the test used. With the limits key, which is never backed up, the same search finds them
 * all: the search itself works.
 */
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createClientKeys } from '../../src/server/limits/client-keys';
import { fileLimitsKey } from '../../src/server/limits/limits-key';
import { sharedKey } from '../../src/server/shared-rate-limit';
import { describeOnPostgres, type CreatedDatabase } from '../support/databases';
import { POSTGRES_TEST_URL } from '../support/postgres';
import { aReport, SHARED_CASE_CODE_SECRET, startServer, type RunningServer } from './server';

/** The space the test's clients come from: 198.18.0.0/18, every address of which the search tries. */
const SPACE = Array.from({ length: 16_384 }, (_, i) => `198.18.${i >> 8}.${i & 255}`);
const REPORTERS = Array.from({ length: 9 }, (_, i) => `198.18.${7 * (i + 1)}.${(i * 53 + 7) & 255}`);
const DAY_MS = 86_400_000;

describeOnPostgres('a restored backup', (testDatabase) => {
  let database: CreatedDatabase;
  let server: RunningServer;
  let keyDir: string;
  let restored: { key: string }[] = [];

  beforeAll(async () => {
    database = await testDatabase.create();
    keyDir = mkdtempSync(join(tmpdir(), 'zanbala-limits-key-'));
    server = await startServer({ database, env: { TRUST_PROXY: '1', LIMITS_KEY_FILE: join(keyDir, 'limits.key') } });
    for (const address of REPORTERS) {
      const from = { 'x-forwarded-for': address };
      expect((await server.post('/api/reports', aReport(), from)).status).toBe(201);
      expect((await server.post('/api/reports/case', { caseCode: '1111 2222 3333 4444' }, from)).status).toBe(404);
      const login = await fetch(`${server.origin}/admin/login/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...from },
        body: new URLSearchParams({ username: 'aigerim', password: 'wrong-password-123' }).toString(),
      });
      expect(login.status).toBe(401);
    }
    await server.stop();

    // Dump the schema, drop it, restore the dump: what an operator's backup brings back.
    const schema = new URL(database.location.kind === 'postgres' ? database.location.url : '').searchParams.get('options')!.split('=')[1]!;
    const dump = execFileSync('pg_dump', ['--format=plain', '--no-owner', `--schema=${schema}`, POSTGRES_TEST_URL!], { maxBuffer: 64 << 20 });
    await database.cleanup();
    execFileSync('psql', ['--quiet', '--set=ON_ERROR_STOP=1', POSTGRES_TEST_URL!], { input: dump });
    const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
    await client.connect();
    try {
      restored = (await client.query<{ key: string }>(`SELECT key FROM ${schema}.rate_limit_counts UNION ALL SELECT key FROM ${schema}.login_pairs`)).rows;
    } finally {
      await client.end();
    }
  }, 120_000);
  afterAll(async () => {
    await database?.cleanup();
    if (keyDir) rmSync(keyDir, { recursive: true, force: true });
  });

  /** The client keys in the restored rows (a row's key is `action\nclient\nwindow`, or `account\nclient`). */
  const restoredClientKeys = () => new Set(restored.flatMap(({ key }) => key.split('\n')).filter((part) => /^[\w-]{43}$/.test(part)));

  /**
   * The addresses of SPACE whose HMAC, under a key derived from `secret` for any of `purposes` (as
   * sharedKey derives them), is among the restored keys.
   */
  function recovered(secret: Buffer, purposes: string[]): string[] {
    const keys = restoredClientKeys();
    const purposeKeys = purposes.map((purpose) => createHmac('sha256', secret).update(purpose).digest());
    return SPACE.filter((address) => purposeKeys.some((purposeKey) => keys.has(createHmac('sha256', purposeKey).update(address).digest('base64url'))));
  }

  it('holds rows of the rate limits and the login guard, and no address in them', () => {
    expect(restored.length).toBeGreaterThanOrEqual(REPORTERS.length * 3);
    expect(restoredClientKeys().size).toBeGreaterThanOrEqual(REPORTERS.length);
    const text = restored.map(({ key }) => key).join('\n');
    for (const address of REPORTERS) expect(text).not.toContain(address);
  });

  it('gives back no address to a search with every secret that is backed up', { timeout: 300_000 }, () => {
    const secret = Buffer.from(SHARED_CASE_CODE_SECRET);
    const today = Math.floor(Date.now() / DAY_MS);
    const days = [today - 1, today, today + 1];
    const purposes = ['rate-limit', 'login-client', 'rate-limit-network', 'proof-of-work'];
    // The purposes the keys are made for, as they are now and as they were before the limits key.
    const found = recovered(secret, [...purposes, ...days.flatMap((day) => purposes.map((purpose) => `${purpose}\n${day}`))]);
    expect(found).toEqual([]);
  });

  it('gives them all back with the limits key, which is why it is never backed up', { timeout: 120_000 }, () => {
    const limitsKey = fileLimitsKey(join(keyDir, 'limits.key')).current();
    // The same keys the server makes (createClientKeys), derived the quick way for the search.
    expect(createClientKeys({ current: () => limitsKey }).client(REPORTERS[0]!)).toBe(sharedKey(limitsKey, 'rate-limit', REPORTERS[0]!));
    expect(recovered(limitsKey, ['rate-limit', 'login-client']).sort()).toEqual([...REPORTERS].sort());
  });
});
