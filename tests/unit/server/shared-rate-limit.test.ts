import { describe, expect, it } from 'vitest';
import { sharedClientKey } from '../../../src/server/shared-rate-limit';

describe('the client key of the shared rate limits', () => {
  const secret = Buffer.from('a-secret-every-process-shares-0123456789abcdef');

  it('is the same in every process with the same secret, and never the address itself', () => {
    const key = sharedClientKey(secret, '203.0.113.7', 20_000);
    expect(sharedClientKey(Buffer.from(secret), '203.0.113.7', 20_000)).toBe(key);
    expect(key).not.toContain('203.0.113.7');
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('changes every day and with the secret, so yesterday cannot be linked to today', () => {
    const key = sharedClientKey(secret, '203.0.113.7', 20_000);
    expect(sharedClientKey(secret, '203.0.113.7', 20_001)).not.toBe(key);
    expect(sharedClientKey(Buffer.from('another-secret-0123456789abcdef-0123456789'), '203.0.113.7', 20_000)).not.toBe(key);
    expect(sharedClientKey(secret, '203.0.113.8', 20_000)).not.toBe(key);
  });
});
