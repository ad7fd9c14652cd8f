/** Which of a request's X-Forwarded-* headers count, and what the pages are told. */
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { forwardingFrom, resolveClient, trustProxy } from '../../../src/server/forwarded';

const request = (headers: Record<string, string>, remoteAddress = '10.0.0.2') =>
  ({ headers: { ...headers }, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('the client behind a proxy', () => {
  it('is the socket, whatever X-Forwarded-For says, unless TRUST_PROXY is on', () => {
    const forged = request({ 'x-forwarded-for': '203.0.113.5', 'x-forwarded-proto': 'https' });
    expect(resolveClient(forged, forwardingFrom({}))).toEqual({ address: '10.0.0.2', https: false });
    // Nothing downstream sees the forged headers; it sees what this server decided.
    expect(forged.headers['x-forwarded-for']).toBeUndefined();
    expect(forged.headers['x-zanbala-client-address']).toBe('10.0.0.2');
    expect(forged.headers['x-zanbala-public-https']).toBe('0');
  });

  it('is the address our proxy appended last, with TRUST_PROXY, and https is what the proxy saw', () => {
    const proxied = request({ 'x-forwarded-for': '198.51.100.1, 203.0.113.5', 'x-forwarded-proto': 'https' });
    expect(resolveClient(proxied, forwardingFrom({ TRUST_PROXY: '1' }))).toEqual({ address: '203.0.113.5', https: true });
    expect(proxied.headers['x-zanbala-public-https']).toBe('1');
  });

  it('came over https whenever SITE_URL is https', () => {
    expect(resolveClient(request({}), forwardingFrom({ SITE_URL: 'https://zanbala.kz' })).https).toBe(true);
  });

  it('overwrites a client address header a visitor sends', () => {
    const forged = request({ 'x-zanbala-client-address': '1.2.3.4', 'x-zanbala-public-https': '1' });
    resolveClient(forged, forwardingFrom({}));
    expect(forged.headers['x-zanbala-client-address']).toBe('10.0.0.2');
    expect(forged.headers['x-zanbala-public-https']).toBe('0');
  });

  it('refuses a TRUST_PROXY it cannot read', () => {
    expect(() => trustProxy('yes')).toThrow(/TRUST_PROXY/);
    expect(trustProxy('0')).toBe(false);
  });
});
