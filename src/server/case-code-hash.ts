/** Case codes are stored only as a keyed hash and compared in constant time (promise 4). */
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';

/** The server's key in the form HMAC takes without copying it again for every code. */
export const hashKey = (key: Buffer): KeyObject => createSecretKey(key);

/** The stored form of a normalized case code: HMAC-SHA256 with the server's key, hex. */
export function hashCaseCode(key: KeyObject | Buffer, digits: string): string {
  return createHmac('sha256', key).update(digits).digest('hex');
}

/** Whether two stored hashes are equal, taking the same time wherever they differ. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
