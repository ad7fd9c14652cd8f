/**
 * What the limits know a client and its network by (docs/privacy.md): an IPv4 address is one
 * client and its /24 one network; over IPv6 a home or a school gets a whole /64 (2^64 addresses to
 * pick from at will), so the /64 is both the client and the network. Only these prefixes are
 * counted, hashed (client-keys.ts), never kept. Imported by plain Node (type stripping).
 */
import { isIPv4, isIPv6 } from 'node:net';

/** The eight 16-bit groups of an IPv6 address, or undefined when it is none. */
function ipv6Groups(address: string): number[] | undefined {
  const bare = address.replace(/%.*$/, '');
  if (!isIPv6(bare)) return undefined;
  let text = bare;
  // A trailing dotted IPv4 part (::ffff:192.0.2.1) is two groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::') as [string, string | undefined];
  const part = (side: string) => (side ? side.split(':').map((group) => parseInt(group, 16)) : []);
  const front = part(head);
  const back = part(tail ?? '');
  const zeros = tail === undefined ? [] : Array.from({ length: 8 - front.length - back.length }, () => 0);
  return [...front, ...zeros, ...back];
}

/** An IPv4-mapped IPv6 address (::ffff:a.b.c.d), as a dual-stack socket reports IPv4 clients, in dotted form. */
function mappedIPv4(groups: number[]): string | undefined {
  if (groups.slice(0, 5).some((group) => group !== 0) || groups[5] !== 0xffff) return undefined;
  const [high, low] = [groups[6]!, groups[7]!];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

type Parsed = { v4: string } | { v6: number[] } | { other: string };

function parse(address: string | undefined): Parsed {
  const text = (address ?? '').trim();
  if (isIPv4(text)) return { v4: text };
  const groups = ipv6Groups(text);
  if (!groups) return { other: text || 'unknown' };
  const v4 = mappedIPv4(groups);
  return v4 ? { v4 } : { v6: groups };
}

const prefix64 = (groups: number[]) =>
  `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;

/** The client an address counts as: the IPv4 address itself, or its IPv6 /64. */
export function clientOf(address: string | undefined): string {
  const parsed = parse(address);
  if ('v4' in parsed) return parsed.v4;
  return 'v6' in parsed ? prefix64(parsed.v6) : parsed.other;
}

/** The network an address counts in: its IPv4 /24, or its IPv6 /64. */
export function networkOf(address: string | undefined): string {
  const parsed = parse(address);
  if ('v4' in parsed) return `${parsed.v4.split('.').slice(0, 3).join('.')}.0/24`;
  return 'v6' in parsed ? prefix64(parsed.v6) : parsed.other;
}
