/**
 * The one gate of every admin page and action: who is signed in, whether their role may open
 * this, and whether a form carries the session's CSRF token. Pages call it first and return the
 * response it gives when the answer is no.
 */
import { timingSafeEqual } from 'node:crypto';
import type { AstroCookies } from 'astro';
import { fieldText, textFields } from '../../lib/form-fields.ts';
import { adminPaths } from '../../lib/paths.ts';
import type { Role } from '../../lib/roles.ts';
import type { SignedIn } from '../auth/sessions.ts';
import { LIMITS, readBody } from '../request-body.ts';
import { isPublicHttps } from '../client-address.ts';
import { getServices } from '../services.ts';

export const SESSION_COOKIE = 'zanbala_admin';

/** What of Astro's context (a page's `Astro` or an endpoint's context) the gate reads. */
export interface AdminContext {
  cookies: AstroCookies;
  url: URL;
  site?: URL | undefined;
  request: Request;
}

export type Gate = ({ ok: true } & SignedIn) | { ok: false; response: Response };

const plain = (status: number, text: string) => new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

/** The signed-in person, if their role is one of `roles`; otherwise the way to the login or a 403. */
export async function requireUser(context: AdminContext, roles: readonly Role[]): Promise<Gate> {
  const { auth } = await getServices();
  const signedIn = await auth.resume(context.cookies.get(SESSION_COOKIE)?.value);
  if (!signedIn) return { ok: false, response: seeOther(adminPaths.login) };
  if (!roles.includes(signedIn.user.role)) return { ok: false, response: plain(403, 'Forbidden: your role may not open this page.') };
  return { ok: true, ...signedIn };
}

/** Whether a posted form carries this session's CSRF token; compared in constant time. */
export function hasCsrfToken(signedIn: SignedIn, fields: Record<string, unknown>): boolean {
  const sent = Buffer.from(fieldText(fields['csrf']));
  const expected = Buffer.from(signedIn.session.csrfToken);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

export const csrfRefused = () => plain(403, 'Forbidden: the form was missing its security token. Reload the page and try again.');

/**
 * Session cookie rules (docs/inbox.md): HttpOnly, SameSite=Strict, only under /admin/, Secure
 * whenever the public origin is https: the request came over TLS, the server's SITE_URL is
 * https, or a trusted proxy said so (src/server/forwarded.ts).
 */
export function sessionCookieOptions(url: URL, site: URL | undefined, publicHttps = false) {
  const secure = publicHttps || url.protocol === 'https:' || site?.protocol === 'https:';
  return { httpOnly: true, sameSite: 'strict', path: '/admin/', secure } as const;
}

export function setSessionCookie(context: AdminContext, token: string): void {
  context.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(context.url, context.site, isPublicHttps(context.request)));
}

/**
 * The inbox's language in a cookie of its own, beside the session's: the fault page reads it when
 * the database, which holds the session, does not answer. Not a secret; only `kk` or `ru`.
 */
export const LANG_COOKIE = 'zanbala_admin_lang';

export function setLangCookie(context: AdminContext, lang: 'kk' | 'ru'): void {
  context.cookies.set(LANG_COOKIE, lang, { ...sessionCookieOptions(context.url, context.site, isPublicHttps(context.request)), maxAge: 365 * 86_400 });
}

export function clearSessionCookie(context: AdminContext): void {
  context.cookies.delete(SESSION_COOKIE, { path: '/admin/' });
}

/**
 * A posted inbox form as strings. Sized for the longest reply (request-body.ts); one over that is
 * `cut`, its fields read as far as they came, so the CSRF token (first in every form) still counts
 * and the text is given back rather than lost.
 */
export async function readForm(request: Request): Promise<{ fields: Record<string, string>; cut: boolean }> {
  const body = await readBody(request, LIMITS.office);
  const fields = body.ok ? body.fields : (body.partial ?? {});
  return {
    fields: textFields(fields),
    cut: !body.ok,
  };
}

/** Form fields as strings: what every admin action reads. */
export async function formFields(request: Request): Promise<Record<string, string>> {
  return (await readForm(request)).fields;
}
