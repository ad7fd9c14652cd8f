import { describe, expect, it } from 'vitest';
import { DECOY_HASH, hashPassword, verifyPassword } from '../../../src/server/auth/password';

describe('password hashing', { timeout: 30_000 }, () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('a long enough secret');
    expect(await verifyPassword('a long enough secret', stored)).toBe(true);
    expect(await verifyPassword('a long enough secreT', stored)).toBe(false);
  });

  it('salts every hash and keeps the scrypt parameters with it', async () => {
    const [first, second] = await Promise.all([hashPassword('same password!'), hashPassword('same password!')]);
    expect(first).not.toBe(second);
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toContain('same password');
  });

  it('checks a hash made with other parameters by the parameters stored in it', async () => {
    const stored = await hashPassword('another secret!');
    const [, , , , salt] = stored.split('$');
    const { scryptSync } = await import('node:crypto');
    const cheaper = `scrypt$1024$8$1$${salt}$${scryptSync('another secret!', Buffer.from(salt!, 'base64url'), 32, { N: 1024, r: 8, p: 1 }).toString('base64url')}`;
    expect(await verifyPassword('another secret!', cheaper)).toBe(true);
  });

  it('matches nothing with a malformed hash or the decoy', async () => {
    expect(await verifyPassword('anything at all', 'plain text')).toBe(false);
    expect(await verifyPassword('anything at all', 'scrypt$x$8$1$aa$bb')).toBe(false);
    expect(await verifyPassword('', DECOY_HASH)).toBe(false);
  });
});
