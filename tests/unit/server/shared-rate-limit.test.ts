import { describe, expect, it } from 'vitest';
import { createClientKeys, limitsKeyPath } from '../../../src/server/limits/client-keys';
import { memoryLimitsKey } from '../../../src/server/limits/limits-key';

describe('the client keys of the rate limits and the login guard', () => {
  it('are the same for one limits key, and never the address itself', () => {
    const limitsKey = memoryLimitsKey();
    const key = createClientKeys(limitsKey).client('203.0.113.7');
    expect(createClientKeys(limitsKey).client('203.0.113.7')).toBe(key);
    expect(key).not.toContain('203.0.113.7');
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('tell clients apart, one IPv6 /64 being one client, and a network from its clients', () => {
    const keys = createClientKeys(memoryLimitsKey());
    expect(keys.client('203.0.113.7')).not.toBe(keys.client('203.0.113.8'));
    expect(keys.network('203.0.113.7')).toBe(keys.network('203.0.113.8'));
    expect(keys.client('2001:db8:1:2::1')).toBe(keys.client('2001:db8:1:2:ffff:ffff:ffff:ffff'));
    expect(keys.client('2001:db8:1:2::1')).not.toBe(keys.client('2001:db8:1:3::1'));
    expect(keys.client('::ffff:203.0.113.7')).toBe(keys.client('203.0.113.7'));
    expect(keys.login('203.0.113.7')).not.toBe(keys.client('203.0.113.7'));
  });

  it('change with the limits key, so keys of another key cannot be linked', () => {
    expect(createClientKeys(memoryLimitsKey()).client('203.0.113.7')).not.toBe(createClientKeys(memoryLimitsKey()).client('203.0.113.7'));
  });

  it('keep the key in the data folder unless LIMITS_KEY_FILE says where', () => {
    expect(limitsKeyPath({ kind: 'sqlite', path: '/srv/zanbala/data/zanbala.db' }, undefined)).toBe('/srv/zanbala/data/limits.key');
    expect(limitsKeyPath({ kind: 'sqlite', path: '/srv/zanbala/data/zanbala.db' }, '/run/zanbala/limits.key')).toBe('/run/zanbala/limits.key');
  });
});
