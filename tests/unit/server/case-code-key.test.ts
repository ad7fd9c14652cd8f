import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { caseCodeKeyFor, KEY_FILE, loadCaseCodeKey } from '../../../src/server/case-code-key';
import { hashCaseCode, sameHash } from '../../../src/server/case-code-hash';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'zanbala-key-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the case-code key', () => {
  it('is generated into the data folder on first start, readable by the server only, and kept', () => {
    const dir = tempDir();
    const first = loadCaseCodeKey(dir, undefined);
    expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(loadCaseCodeKey(dir, undefined)).toEqual(first);
    expect(readFileSync(join(dir, KEY_FILE), 'utf8')).toHaveLength(64);
  });

  it('comes from CASE_CODE_SECRET when set, and a short one is refused', () => {
    expect(loadCaseCodeKey(tempDir(), 's'.repeat(40)).toString()).toBe('s'.repeat(40));
    expect(() => loadCaseCodeKey(tempDir(), 'short')).toThrow(/at least 32/);
  });
});

describe('case-code hashes', () => {
  it('depend on the key and compare equal only when equal', () => {
    const a = hashCaseCode(Buffer.from('a'.repeat(32)), '1234567812345678');
    const b = hashCaseCode(Buffer.from('b'.repeat(32)), '1234567812345678');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
    expect(sameHash(a, a)).toBe(true);
    expect(sameHash(a, b)).toBe(false);
    expect(sameHash(a, '')).toBe(false);
  });
});

describe('the case-code key of a store', () => {
  it('is the key file beside a SQLite store, and on PostgreSQL only CASE_CODE_SECRET, shared by every process', () => {
    const dir = tempDir();
    const fromFile = caseCodeKeyFor({ kind: 'sqlite', path: join(dir, 'zanbala.db') }, undefined);
    expect(readFileSync(join(dir, KEY_FILE), 'utf8')).toBe(fromFile.toString());
    const postgres = { kind: 'postgres', url: 'postgres://zanbala@db/zanbala' } as const;
    expect(caseCodeKeyFor(postgres, 's'.repeat(40)).toString()).toBe('s'.repeat(40));
    expect(() => caseCodeKeyFor(postgres, undefined)).toThrow(/CASE_CODE_SECRET, the same on every server process/);
    expect(() => caseCodeKeyFor(postgres, '')).toThrow(/CASE_CODE_SECRET/);
  });
});
