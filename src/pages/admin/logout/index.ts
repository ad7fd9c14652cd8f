/** Signing out: the session row is deleted, so the old cookie opens nothing any more. */
import type { APIRoute } from 'astro';
import { adminPaths } from '../../../lib/paths';
import { ROLES } from '../../../lib/roles';
import { clearSessionCookie, csrfRefused, formFields, hasCsrfToken, requireUser, SESSION_COOKIE } from '../../../server/admin/guard';
import { getServices } from '../../../server/services';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  const gate = await requireUser(context, ROLES);
  if (!gate.ok) return gate.response;
  if (!hasCsrfToken(gate, await formFields(context.request))) return csrfRefused();
  const { auth, office } = await getServices();
  await auth.logout(context.cookies.get(SESSION_COOKIE)?.value);
  await office.audit.record({ at: new Date(), actor: gate.user.name, action: 'logout', target: undefined, detail: undefined });
  clearSessionCookie(context);
  return context.redirect(`${adminPaths.login}${gate.session.lang === 'kk' ? '?lang=kk' : ''}`, 303);
};
