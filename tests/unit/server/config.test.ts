import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, rateLimitsOn, retentionDays, storeLocation } from '../../../src/server/config';

describe('the server settings', () => {
  it('store reports in ./data/zanbala.db unless DATABASE_URL says otherwise', () => {
    expect(storeLocation(undefined)).toEqual({ kind: 'sqlite', path: resolve('data/zanbala.db') });
    expect(storeLocation('sqlite:/srv/zanbala/reports.db')).toEqual({ kind: 'sqlite', path: '/srv/zanbala/reports.db' });
    expect(storeLocation('sqlite:./x.db')).toEqual({ kind: 'sqlite', path: resolve('x.db') });
    expect(storeLocation('postgres://zanbala@db/zanbala')).toEqual({ kind: 'postgres', url: 'postgres://zanbala@db/zanbala' });
  });

  it('explain a DATABASE_URL they cannot use', () => {
    expect(() => storeLocation('mysql://db')).toThrow(/sqlite: or postgres:\/\//);
    expect(() => storeLocation('sqlite:')).toThrow(/without a path/);
  });

  it('keep the generated key beside the SQLite file', () => {
    expect(dataDir({ kind: 'sqlite', path: '/srv/zanbala/reports.db' })).toBe('/srv/zanbala');
  });

  it('keep closed cases 180 days unless RETENTION_DAYS says otherwise', () => {
    expect(retentionDays(undefined)).toBe(180);
    expect(retentionDays('30')).toBe(30);
    expect(() => retentionDays('soon')).toThrow(/RETENTION_DAYS/);
  });

  it('lift the rate limits only for RATE_LIMIT=off', () => {
    expect(rateLimitsOn(undefined)).toBe(true);
    expect(rateLimitsOn('off')).toBe(false);
  });
});
