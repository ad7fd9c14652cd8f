/**
 * The keys the limits and the login guard know a client by: an HMAC of its address (IPv4) or /64
 * (IPv6), or of its network, under the limits key of the day (limits-key.ts). Never the address.
 * Imported by plain Node (type stripping).
 */
import { join } from 'node:path';
import { dataDir, type StoreLocation } from '../config.ts';
import { sharedKey } from '../shared-rate-limit.ts';
import { clientOf, networkOf } from './client-network.ts';
import { fileLimitsKey, type LimitsKey } from './limits-key.ts';

export const LIMITS_KEY_FILE = 'limits.key';

/** `LIMITS_KEY_FILE`, or limits.key in the data folder. */
export const limitsKeyPath = (location: StoreLocation, fromEnv = process.env['LIMITS_KEY_FILE']) => fromEnv || join(dataDir(location), LIMITS_KEY_FILE);

export interface ClientKeys {
  /** The client's key for the rate limits. */
  client(address: string | undefined): string;
  /** Its network's key (IPv4 /24, IPv6 /64). */
  network(address: string | undefined): string;
  /** Its key for the login guard. */
  login(address: string | undefined): string;
}

export function createClientKeys(limitsKey: LimitsKey): ClientKeys {
  const keyed = (purpose: string, value: string) => sharedKey(limitsKey.current(), purpose, value);
  return {
    client: (address) => keyed('rate-limit', clientOf(address)),
    network: (address) => keyed('rate-limit-network', networkOf(address)),
    login: (address) => keyed('login-client', clientOf(address)),
  };
}

const SHARED = Symbol.for('zanbala.limitsKey');

/** The limits key of this process, shared by every build it has loaded. */
export function processLimitsKey(location: StoreLocation): LimitsKey {
  const holder = globalThis as { [SHARED]?: LimitsKey };
  return (holder[SHARED] ??= fileLimitsKey(limitsKeyPath(location)));
}
