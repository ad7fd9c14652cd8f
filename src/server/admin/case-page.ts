/**
 * The rules of the inbox's case page, out of the page: who may open the case (role, then region:
 * a case outside the person's regions answers 404 exactly like one that does not exist, also when
 * the address is typed by hand), the audit record of every view (whatever its query string), the
 * posted actions, and post-then-redirect so reloading never sends a reply twice; each form's
 * submission key makes a double click or a resent post do its work once. A reply or note that is refused
 * comes back with its text and the status that says why. The page only renders what this gives.
 */
import type { OfficeCase, RegisterPlace } from '../../lib/case-views.ts';
import type { OwnerChoice } from '../store/owners.ts';
import { adminCasePath } from '../../lib/paths.ts';
import { isRecordId } from '../store/record-id.ts';
import { CAN, mayReadCase } from '../../lib/roles.ts';
import type { SignedIn } from '../auth/sessions.ts';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable.ts';
import { getServices } from '../services.ts';
import { actOnOwner } from './owner-actions.ts';
import { actOnCase, DONE_NOTICES, isDone, type CaseDone, type CaseNotice } from './case-actions.ts';
import { SUBMISSION_KEY_FIELD, submissionKeyOf } from '../help/submission-key.ts';
import { doOnce } from '../submission-once.ts';
import type { PlaceRefusal } from './safe-region.ts';
import { csrfRefused, hasCsrfToken, readForm, requireUser, type AdminContext } from './guard.ts';

/** A reply or note that was not written: why, and its text, given back into its form. */
export interface Refusal {
  why: CaseNotice | 'tooLarge' | 'unavailable';
  intent: 'reply' | 'note';
  text: string;
}

export type { PlaceRefusal };

interface Shown {
  found: OfficeCase;
  place: RegisterPlace | undefined;
  /** Whom the case may be handed to, and the name of its owner. */
  owners: { choices: OwnerChoice[]; current: string | undefined };
  /** The settlements the office has named in the case's region, to choose from. */
  settlements: string[];
  /** What the last action did, after its redirect. */
  notice: CaseDone | undefined;
  refused: Refusal | PlaceRefusal | undefined;
}

export type CasePage =
  { ok: false; response: Response } | ({ ok: true; self: string; status: number; headers: Record<string, string> } & SignedIn & ({ found: undefined } | Shown));

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

const REFUSED_STATUS = { unavailable: 503, tooLarge: 413 } as const;

/** A refused form may be corrected and sent again with its key; a done one may not. */
const usedUp = (done: CaseNotice | PlaceRefusal | 'unavailable') => typeof done === 'string' && isDone(done) && done !== 'owner-invalid';

/** What each intent's form did, for the answer to a second post of it. */
const DONE_OF_INTENT: Record<string, CaseDone> = { reply: 'replied', note: 'noted', status: 'status', 'safe-region': 'place', owner: 'owner' };

/** Everything the case page shows, or the response to send instead (login, 403, a redirect). */
export async function casePage(context: AdminContext, id: string, now = new Date()): Promise<CasePage> {
  const gate = await requireUser(context, CAN.queue);
  if (!gate.ok) return gate;
  const self = adminCasePath(id);
  const { office } = await getServices();
  // Ids are UUIDs: anything else (a NUL typed into the address, which PostgreSQL refuses) is no case.
  const found = isRecordId(id) ? await office.inbox.case(id) : undefined;
  if (!found || !mayReadCase(gate.user, found.region)) return { ...gate, self, status: 404, headers: {}, found: undefined };
  const notice = DONE_NOTICES.find((value) => value === context.url.searchParams.get('done'));
  let refused: Refusal | PlaceRefusal | undefined;
  if (context.request.method === 'POST') {
    const { fields, cut } = await readForm(context.request);
    if (!hasCsrfToken(gate, fields)) return { ok: false, response: csrfRefused() };
    const once = cut
      ? ({ duplicate: false, result: 'tooLarge' } as const)
      : await doOnce(
          office.submissionKeys,
          submissionKeyOf(fields[SUBMISSION_KEY_FIELD]),
          () => (fields['intent'] === 'owner' ? actOnOwner(office, gate.user, found, fields, now) : actOnCase(office, gate.user.name, found.id, fields, now)),
          usedUp,
        ).catch((error: unknown) => {
          if (isDatabaseUnavailable(error)) return { duplicate: false, result: 'unavailable' } as const;
          throw error;
        });
    // The same form posted again did its work the first time: the page after it says what that was.
    if (once.duplicate) return { ok: false, response: seeOther(`${self}?done=${DONE_OF_INTENT[fields['intent'] ?? ''] ?? 'status'}`) };
    const done = once.result;
    if (typeof done === 'object') refused = done;
    else if (isDone(done)) return { ok: false, response: seeOther(`${self}?done=${done}`) };
    else refused = { why: done, intent: fields['intent'] === 'note' ? 'note' : 'reply', text: fields['text'] ?? '' };
  } else {
    // Every look at a case is a view, the page after an action included: a link with `?done=`
    // shows the whole case too, and whoever opens it is on the record.
    await office.audit.record({ at: now, actor: gate.user.name, action: 'view', target: found.id, detail: notice ? `after ${notice}` : undefined });
  }
  const status = refused ? (REFUSED_STATUS[refused.why as keyof typeof REFUSED_STATUS] ?? 400) : 200;
  const headers: Record<string, string> = refused?.why === 'unavailable' ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : {};
  const choices = await office.owners.candidates(found.region);
  const current = found.ownerId ? ((await office.owners.names([found.ownerId])).get(found.ownerId) ?? '—') : undefined;
  const place = await office.places.ofReport(found.id);
  const settlements = place ? await office.places.officeSettlements(found.region) : [];
  return { ...gate, self, status, headers, found, place, settlements, owners: { choices, current }, notice, refused };
}
