/** Switches the inbox's language for this session, then goes back to the page it was asked from. */
import type { APIRoute } from 'astro';
import { adminPaths } from '../../../lib/paths';
import { ROLES } from '../../../lib/roles';
import { csrfRefused, formFields, hasCsrfToken, requireUser, setLangCookie } from '../../../server/admin/guard';
import { getServices } from '../../../server/services';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  const gate = await requireUser(context, ROLES);
  if (!gate.ok) return gate.response;
  const fields = await formFields(context.request);
  if (!hasCsrfToken(gate, fields)) return csrfRefused();
  const { office } = await getServices();
  const lang = fields['lang'] === 'kk' ? 'kk' : 'ru';
  await office.sessions.setLang(gate.session.idHash, lang);
  setLangCookie(context, lang);
  // Only a path inside the inbox, so the form cannot be used to send someone elsewhere.
  const back = fields['back'] ?? '';
  return context.redirect(back.startsWith('/admin/') && !back.startsWith('//') ? back : adminPaths.queue, 303);
};
