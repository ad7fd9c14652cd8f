import { describe, expect, it } from 'vitest';
import { clientOf, networkOf } from '../../../../src/server/limits/client-network';

describe('what the limits count a client and its network as', () => {
  it('take an IPv4 address whole as the client and its /24 as the network', () => {
    expect(clientOf('203.0.113.77')).toBe('203.0.113.77');
    expect(networkOf('203.0.113.77')).toBe('203.0.113.0/24');
  });

  it('take an IPv6 /64 as both, however the address is written', () => {
    expect(clientOf('2001:db8:a:b:1:2:3:4')).toBe('2001:db8:a:b::/64');
    expect(clientOf('2001:0db8:000a:000b::9')).toBe('2001:db8:a:b::/64');
    expect(clientOf('2001:db8:a:b::')).toBe('2001:db8:a:b::/64');
    expect(clientOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(networkOf('2001:db8:a:b:ffff::1')).toBe('2001:db8:a:b::/64');
  });

  it('see the IPv4 client behind an IPv4-mapped IPv6 address', () => {
    expect(clientOf('::ffff:198.51.100.9')).toBe('198.51.100.9');
    expect(networkOf('::ffff:c633:6409')).toBe('198.51.100.0/24');
  });

  it('count what is no address as itself', () => {
    expect(clientOf(undefined)).toBe('unknown');
    expect(clientOf('not-an-address')).toBe('not-an-address');
  });
});
