/**
 * Confirming the address alerts go to: a link with a random token, sent to the address and
 * opened by its owner while signed in. Only the token's SHA-256 hash is stored, with an expiry of
 * 24 hours; the link works once, and only for the account that asked for it. Nothing here logs it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { useTranslations } from '../../i18n/index.ts';
import { LANGS } from '../../lib/langs.ts';
import { absoluteUrl, adminPaths } from '../../lib/paths.ts';
import { smtpSender } from '../alerts/channels.ts';
import { alertSettings } from '../alerts/settings.ts';
import type { OfficeStores } from '../store/index.ts';
import type { StaffUser } from '../store/users.ts';

export const CONFIRM_LINK_MS = 24 * 3_600_000;
const EMAIL = /^[^\s@<>"',;]{1,64}@[^\s@<>"',;]+\.[^\s@<>"',;]{2,}$/u;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const isEmailAddress = (value: string) => value.length <= 254 && EMAIL.test(value);

export type EmailOutcome = 'sent' | 'invalid' | 'noSmtp' | 'failed';

/** Stores the new address as unconfirmed and mails it the link; the address counts once the link is opened. */
export async function requestConfirmation(office: OfficeStores, user: StaffUser, typed: string, siteOrigin: string, now: Date): Promise<EmailOutcome> {
  const email = typed.trim();
  if (!isEmailAddress(email)) return 'invalid';
  const settings = alertSettings();
  const send = smtpSender(settings);
  if (!send) return 'noSmtp';
  const token = randomBytes(32).toString('base64url');
  await office.profiles.setEmail(user.id, email, hashToken(token), new Date(now.getTime() + CONFIRM_LINK_MS));
  const link = `${absoluteUrl(adminPaths.confirmEmail, siteOrigin)}?token=${token}`;
  const parts = LANGS.map((lang) => useTranslations(lang));
  try {
    await send(email, {
      subject: parts.map((t) => t('alert.confirm.subject')).join(' / '),
      text: `${parts.map((t) => `${t('alert.confirm.text')}\n${link}`).join('\n\n')}\n`,
    });
  } catch {
    return 'failed';
  }
  await office.audit.record({ at: now, actor: user.name, action: 'profile', target: undefined, detail: 'e-mail address changed, link sent' });
  return 'sent';
}

/** Confirms the address of the signed-in account whose link carries `token`. */
export async function confirmEmail(office: OfficeStores, user: StaffUser, token: string, now: Date): Promise<boolean> {
  if (!/^[\w-]{20,100}$/.test(token)) return false;
  const confirmed = await office.profiles.confirmEmail(hashToken(token), user.id, now);
  if (confirmed) await office.audit.record({ at: now, actor: user.name, action: 'profile', target: undefined, detail: 'e-mail address confirmed' });
  return confirmed;
}
