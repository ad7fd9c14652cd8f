import { describe, expect, it } from 'vitest';
import { hasCsrfToken, sessionCookieOptions } from '../../../src/server/admin/guard';
import type { SignedIn } from '../../../src/server/auth/sessions';

const signedIn = { session: { csrfToken: 'token-of-this-session-0123456789abcdefghijk' } } as SignedIn;

describe("the inbox's gate", () => {
  it("accepts a form only with this session's CSRF token", () => {
    expect(hasCsrfToken(signedIn, { csrf: 'token-of-this-session-0123456789abcdefghijk' })).toBe(true);
    expect(hasCsrfToken(signedIn, { csrf: 'token-of-another-session-0123456789abcdefg' })).toBe(false);
    expect(hasCsrfToken(signedIn, { csrf: 'short' })).toBe(false);
    expect(hasCsrfToken(signedIn, {})).toBe(false);
    expect(hasCsrfToken(signedIn, { csrf: ['token-of-this-session-0123456789abcdefghijk'] })).toBe(false);
  });

  it('makes the session cookie HttpOnly, SameSite=Strict and limited to /admin/', () => {
    expect(sessionCookieOptions(new URL('http://localhost:4321/admin/login/'), new URL('http://localhost:4321'))).toEqual({
      httpOnly: true,
      sameSite: 'strict',
      path: '/admin/',
      secure: false,
    });
  });

  it('makes it Secure when the site or the request is HTTPS', () => {
    expect(sessionCookieOptions(new URL('http://127.0.0.1/admin/login/'), new URL('https://zanbala.kz')).secure).toBe(true);
    expect(sessionCookieOptions(new URL('https://zanbala.kz/admin/login/'), undefined).secure).toBe(true);
  });
});
