/**
 * The rules of the inbox's login, out of the page: the login rate limit, the guard's lock and
 * slowdown (in the sessions), a new session id at every login, the audit record, and where a
 * person lands by role. Every failure (unknown name, wrong password, locked or disabled account)
 * gives the same answer, so the page tells a guesser nothing; the name typed stays in the form.
 */
import type { Lang } from '../../lib/langs.ts';
import { adminPaths } from '../../lib/paths.ts';
import { clientAddress } from '../client-address.ts';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable.ts';
import { servicesIfReachable } from '../reachable.ts';
import type { Services } from '../services.ts';
import { formFields, SESSION_COOKIE, setLangCookie, setSessionCookie, type AdminContext } from './guard.ts';

/** What the login page shows: the form, with why the last try failed, if it did. */
export interface LoginForm {
  lang: Lang;
  status: 200 | 401 | 429 | 503;
  headers: Record<string, string>;
  username: string;
  failure?: { kind: 'failed' } | { kind: 'unavailable' } | { kind: 'tooMany'; minutes: number } | undefined;
}

export type LoginPage = { ok: false; response: Response } | ({ ok: true } & LoginForm);

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

/** Signs in with the posted fields; the inbox home of the person, or undefined for any failure. */
async function signIn(context: AdminContext, services: Services, fields: Record<string, string>, address: string | undefined) {
  const { auth, office } = services;
  // A new session id at every login: whatever session this browser had ends here.
  await auth.logout(context.cookies.get(SESSION_COOKIE)?.value);
  const lang = fields['lang'] === 'kk' ? 'kk' : 'ru';
  const result = await auth.login((fields['username'] ?? '').trim(), fields['password'] ?? '', lang, services.loginKey(address));
  if (!result) return undefined;
  setSessionCookie(context, result.token);
  setLangCookie(context, lang);
  await office.audit.record({ at: new Date(), actor: result.signedIn.user.name, action: 'login', target: undefined, detail: undefined });
  return result.signedIn.user.role === 'analyst' ? adminPaths.statistics : adminPaths.queue;
}

/** The login page's answer: a redirect home after a login, else the form and its status. */
export async function loginPage(context: AdminContext & { clientAddress: string }): Promise<LoginPage> {
  // The page's language comes from `?lang=` (Russian unless it says kk) and stays with the session.
  const lang = context.url.searchParams.get('lang') === 'kk' ? 'kk' : 'ru';
  if (context.request.method !== 'POST') return { ok: true, lang, status: 200, headers: {}, username: '' };
  const services = await servicesIfReachable();
  const address = clientAddress(context);
  const unavailable = (username: string): LoginPage => ({
    ok: true,
    lang,
    status: 503,
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
    username,
    failure: { kind: 'unavailable' },
  });
  // The limits fall back to this process's counts while the database is away: never a throw.
  const verdict = await services?.limit('logins', address);
  if (verdict && !verdict.allowed) {
    const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
    return { ok: true, lang, status: 429, headers: { 'Retry-After': String(verdict.retryAfterSeconds) }, username: '', failure: { kind: 'tooMany', minutes } };
  }
  const fields = await formFields(context.request);
  const username = (fields['username'] ?? '').trim();
  if (!services) return unavailable(username);
  const home = await signIn(context, services, fields, address).catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
  if (home === null) return unavailable(username);
  if (home) return { ok: false, response: seeOther(home) };
  return { ok: true, lang, status: 401, headers: {}, username, failure: { kind: 'failed' } };
}
