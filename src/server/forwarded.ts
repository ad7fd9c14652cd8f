/**
 * Who is asking and over what, as far as this server can know. Behind a reverse proxy every
 * connection comes from the proxy, over plain http; only with `TRUST_PROXY=1` do the proxy's
 * X-Forwarded-For and X-Forwarded-Proto count, because without a proxy in front anyone can send
 * them. What is worked out here reaches the pages in headers that this server overwrites on
 * every request (src/server/client-address.ts); the X-Forwarded-* headers themselves are removed
 * so that nothing downstream believes them by mistake. Imported by plain Node (type stripping).
 */
import type { IncomingMessage } from 'node:http';
import { CLIENT_ADDRESS_HEADER, PUBLIC_HTTPS_HEADER } from './client-address.ts';

export interface Forwarding {
  /** Whether the proxy's headers are believed (`TRUST_PROXY=1`). */
  trustProxy: boolean;
  /** Whether `SITE_URL`, given at start, is https: then every visitor came over https. */
  siteIsHttps: boolean;
}

/** `TRUST_PROXY`: unset, 0 or false → off; 1 or true → on; anything else stops the server at start. */
export function trustProxy(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new Error(`TRUST_PROXY must be 1 (a reverse proxy in front sets X-Forwarded-For and X-Forwarded-Proto) or 0, not "${value}"`);
}

export function forwardingFrom(env: Record<string, string | undefined>): Forwarding {
  const site = env['SITE_URL'];
  return { trustProxy: trustProxy(env['TRUST_PROXY']), siteIsHttps: site ? new URL(site).protocol === 'https:' : false };
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : value);

/**
 * The nearest address the proxy saw: the last entry of X-Forwarded-For is the one our own proxy
 * appended; earlier entries were written by the client and prove nothing.
 */
function forwardedFor(request: IncomingMessage): string | undefined {
  const entries = single(request.headers['x-forwarded-for'])
    ?.split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries?.at(-1);
}

function forwardedHttps(request: IncomingMessage): boolean {
  // The first value is the proto the visitor used at the outermost proxy.
  return single(request.headers['x-forwarded-proto'])?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** The client's address and whether the visitor used https; also rewrites the headers the pages read. */
export function resolveClient(request: IncomingMessage, forwarding: Forwarding): { address: string; https: boolean } {
  const trusted = forwarding.trustProxy;
  const address = (trusted ? forwardedFor(request) : undefined) ?? request.socket.remoteAddress ?? 'unknown';
  const https = forwarding.siteIsHttps || ('encrypted' in request.socket && Boolean(request.socket.encrypted)) || (trusted && forwardedHttps(request));
  for (const name of Object.keys(request.headers)) if (name.startsWith('x-forwarded-') || name === 'forwarded') delete request.headers[name];
  request.headers[CLIENT_ADDRESS_HEADER] = address;
  request.headers[PUBLIC_HTTPS_HEADER] = https ? '1' : '0';
  return { address, https };
}

/** A year, the usual figure; subdomains are left alone, as they may not all be ours. */
export const HSTS = 'max-age=31536000';
