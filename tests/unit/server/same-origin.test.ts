import { describe, expect, it } from 'vitest';
import { isSameOriginRequest } from '../../../src/server/same-origin';

const ours = ['https://zanbala.kz'];
const post = (headers: Record<string, string>) => new Request('https://zanbala.kz/api/reports', { method: 'POST', headers });

describe('the same-origin check of state-changing requests', () => {
  it('lets our own forms through, even with the Origin: null that no-referrer pages send', () => {
    expect(isSameOriginRequest(post({ 'sec-fetch-site': 'same-origin', origin: 'null' }), ours)).toBe(true);
    expect(isSameOriginRequest(post({ origin: 'https://zanbala.kz' }), ours)).toBe(true);
  });

  it('refuses requests another site makes a browser send', () => {
    expect(isSameOriginRequest(post({ 'sec-fetch-site': 'cross-site' }), ours)).toBe(false);
    expect(isSameOriginRequest(post({ 'sec-fetch-site': 'same-site' }), ours)).toBe(false);
    expect(isSameOriginRequest(post({ origin: 'https://evil.example' }), ours)).toBe(false);
  });

  it('lets through clients that are not browsers', () => {
    expect(isSameOriginRequest(post({}), ours)).toBe(true);
  });
});
