import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileLimitsKey, keyDayOf, nextKey } from '../../../../src/server/limits/limits-key';

const DAY = 86_400_000;
/** 10:00 in Almaty. */
const MORNING = Date.UTC(2026, 11, 7, 5);

describe('the limits key', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'zanbala-limits-key-'));
    path = join(dir, 'data', 'limits.key');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is made once, readable by the server alone, and shared by every process that reads the file', () => {
    const one = fileLimitsKey(path).current(MORNING);
    const other = fileLimitsKey(path).current(MORNING + 1000);
    expect(other.equals(one)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('changes at 03:00 in Almaty by a one-way step, and the file then holds only the new key', () => {
    const key = fileLimitsKey(path);
    const today = key.current(MORNING);
    const beforeThree = Date.UTC(2026, 11, 7, 21, 59);
    expect(key.current(beforeThree).equals(today)).toBe(true);
    const tomorrow = key.current(Date.UTC(2026, 11, 7, 22, 0));
    expect(tomorrow.equals(nextKey(today))).toBe(true);
    expect(readFileSync(path, 'utf8')).not.toContain(today.toString('hex'));
    expect(readFileSync(path, 'utf8')).toContain(tomorrow.toString('hex'));
  });

  it('brings a copy left behind for days to the same key as the others', () => {
    const first = fileLimitsKey(path).current(MORNING);
    const copy = join(dir, 'copy.key');
    writeFileSync(copy, readFileSync(path));
    const later = fileLimitsKey(path).current(MORNING + 3 * DAY);
    expect(
      fileLimitsKey(copy)
        .current(MORNING + 3 * DAY)
        .equals(later),
    ).toBe(true);
    expect(later.equals(nextKey(nextKey(nextKey(first))))).toBe(true);
    expect(keyDayOf(MORNING + 3 * DAY) - keyDayOf(MORNING)).toBe(3);
  });

  it('starts afresh from a damaged file', () => {
    fileLimitsKey(path).current(MORNING);
    writeFileSync(path, 'garbage');
    expect(fileLimitsKey(path).current(MORNING)).toHaveLength(32);
    expect(readFileSync(path, 'utf8')).toMatch(/^\d+ [0-9a-f]{64}\n$/);
  });
});
