/**
 * The rules of the inbox's case page, out of the page: who may open the case (role, then region:
 * a case outside the person's regions answers 404 exactly like one that does not exist, also when
 * the address is typed by hand), the audit record of every view, the posted actions, and
 * post-then-redirect so reloading never sends a reply twice. The page only renders what this gives.
 */
import type { OfficeCase, RegisterPlace } from '../../lib/case-views.ts';
import { adminCasePath } from '../../lib/paths.ts';
import { CAN, mayReadCase } from '../../lib/roles.ts';
import type { SignedIn } from '../auth/sessions.ts';
import { getServices } from '../services.ts';
import { actOnCase, type CaseNotice } from './case-actions.ts';
import { csrfRefused, formFields, hasCsrfToken, requireUser, type AdminContext } from './guard.ts';

const NOTICES: readonly CaseNotice[] = ['replied', 'status', 'noted', 'empty', 'place', 'place-invalid'];

export type CasePage =
  | { ok: false; response: Response }
  | ({ ok: true; self: string } & SignedIn & ({ found: undefined } | { found: OfficeCase; place: RegisterPlace | undefined; notice: CaseNotice | undefined }));

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

/** Everything the case page shows, or the response to send instead (login, 403, a redirect). */
export async function casePage(context: AdminContext, id: string, now = new Date()): Promise<CasePage> {
  const gate = await requireUser(context, CAN.queue);
  if (!gate.ok) return gate;
  const self = adminCasePath(id);
  const { office } = await getServices();
  const found = await office.inbox.case(id);
  if (!found || !mayReadCase(gate.user, found.region)) return { ...gate, self, found: undefined };
  if (context.request.method === 'POST') {
    const fields = await formFields(context.request);
    if (!hasCsrfToken(gate, fields)) return { ok: false, response: csrfRefused() };
    const done = await actOnCase(office, gate.user.name, found.id, fields, now);
    return { ok: false, response: seeOther(`${self}?done=${done}`) };
  }
  const notice = NOTICES.find((value) => value === context.url.searchParams.get('done'));
  // The page the redirect lands on after an action is not a new view of the case.
  if (!notice) await office.audit.record({ at: now, actor: gate.user.name, action: 'view', target: found.id, detail: undefined });
  return { ...gate, self, found, place: await office.places.ofReport(found.id), notice };
}
