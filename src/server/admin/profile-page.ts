/**
 * The rules of the profile page (`/admin/profile/`), out of the page: the moderator's duty hours
 * and alert address, the two forms that change them (post, then redirect, so a reload sends
 * nothing twice), and the confirmation link's landing.
 */
import { isTime, WEEKDAYS, type Duty, type Weekday } from '../../lib/duty.ts';
import { adminPaths } from '../../lib/paths.ts';
import { CAN } from '../../lib/roles.ts';
import type { SignedIn } from '../auth/sessions.ts';
import { LIMITS, readBody } from '../request-body.ts';
import { textFields } from '../../lib/form-fields.ts';
import { getServices } from '../services.ts';
import type { Profile } from '../store/profiles.ts';
import { confirmEmail, requestConfirmation } from './email-confirmation.ts';
import { csrfRefused, hasCsrfToken, requireUser, type AdminContext } from './guard.ts';

export const PROFILE_NOTICES = ['duty', 'duty-invalid', 'sent', 'invalid', 'noSmtp', 'failed', 'confirmed', 'expired'] as const;
export type ProfileNotice = (typeof PROFILE_NOTICES)[number];

export type ProfilePage = { ok: false; response: Response } | ({ ok: true; profile: Profile; notice: ProfileNotice | undefined } & SignedIn);

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });
const done = (notice: ProfileNotice) => seeOther(`${adminPaths.profile}?done=${notice}`);

/** Duty hours from the posted form, or undefined when a time is not `HH:MM`. */
export function dutyOf(fields: Record<string, string>): Duty | undefined {
  const from = fields['from'] ?? '';
  const to = fields['to'] ?? '';
  if (!isTime(from) || !isTime(to)) return undefined;
  const days = WEEKDAYS.filter((day) => fields[`day${day}`] === 'on') as Weekday[];
  return { on: fields['on'] === 'on', days, from, to };
}

export async function profilePage(context: AdminContext, now = new Date()): Promise<ProfilePage> {
  const gate = await requireUser(context, CAN.profile);
  if (!gate.ok) return gate;
  const { office } = await getServices();
  if (context.request.method === 'POST') {
    const body = await readBody(context.request, LIMITS.profile);
    const fields = textFields(body.ok ? body.fields : (body.partial ?? {}));
    if (!hasCsrfToken(gate, fields)) return { ok: false, response: csrfRefused() };
    if (fields['intent'] === 'duty') {
      const duty = dutyOf(fields);
      if (!duty) return { ok: false, response: done('duty-invalid') };
      await office.profiles.setDuty(gate.user.id, duty);
      const detail = duty.on ? `on duty ${duty.days.join(',')} ${duty.from}-${duty.to}` : 'off duty';
      await office.audit.record({ at: now, actor: gate.user.name, action: 'profile', target: undefined, detail });
      return { ok: false, response: done('duty') };
    }
    if (fields['intent'] === 'email') {
      const origin = (context.site ?? context.url).origin;
      return { ok: false, response: done(await requestConfirmation(office, gate.user, fields['email'] ?? '', origin, now)) };
    }
    return { ok: false, response: seeOther(adminPaths.profile) };
  }
  const profile = await office.profiles.of(gate.user.id);
  if (!profile) return { ok: false, response: seeOther(adminPaths.login) };
  const notice = PROFILE_NOTICES.find((value) => value === context.url.searchParams.get('done'));
  return { ...gate, profile, notice };
}

/** The link from the confirmation e-mail: confirms, then shows the profile without the token in the address. */
export async function confirmEmailLink(context: AdminContext, now = new Date()): Promise<Response> {
  const gate = await requireUser(context, CAN.profile);
  if (!gate.ok) return gate.response;
  const { office } = await getServices();
  const confirmed = await confirmEmail(office, gate.user, context.url.searchParams.get('token') ?? '', now);
  return done(confirmed ? 'confirmed' : 'expired');
}
