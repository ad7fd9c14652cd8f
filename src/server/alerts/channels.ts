/**
 * The two ways an alert leaves: an e-mail through the office's SMTP server (nodemailer), and a
 * signed POST to the office's webhook (its messenger bot or pager). Each either resolves or throws
 * an error whose `code` says what failed; neither is ever given a word of a report.
 */
import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { AlertEmail } from './message.ts';
import type { AlertSettings } from './settings.ts';

/** Long enough for a slow mail server, short enough that a dead one does not hold the queue. */
const TIMEOUT_MS = 10_000;

export type SendEmail = (to: string, email: AlertEmail) => Promise<void>;

export function smtpSender(settings: AlertSettings): SendEmail | undefined {
  if (!settings.smtpUrl) return undefined;
  const transport = nodemailer.createTransport(settings.smtpUrl, {
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS * 2,
  } as Parameters<typeof nodemailer.createTransport>[1]);
  return async (to, email) => {
    await transport.sendMail({ from: settings.from, to, subject: email.subject, text: email.text });
  };
}

/** The hex HMAC-SHA256 of the body under the shared secret: what `X-Zanbala-Signature` carries. */
export const webhookSignature = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('hex');

export type SendWebhook = (body: string) => Promise<void>;

export function webhookSender(settings: AlertSettings): SendWebhook | undefined {
  const { webhookUrl, webhookSecret } = settings;
  if (!webhookUrl || !webhookSecret) return undefined;
  return async (body) => {
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Zanbala-Signature': webhookSignature(webhookSecret, body) },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) throw Object.assign(new Error(`the webhook answered ${response.status}`), { code: `HTTP ${response.status}` });
  };
}

/** A short, safe reason for the audit log: an error code, never a message that might carry an address or a password. */
export function failureReason(error: unknown): string {
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | undefined)?.code ?? (error as { cause?: { code?: unknown } })?.cause?.code;
  if (typeof code === 'string' && /^[\w .-]{1,40}$/.test(code)) return code;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timeout';
  return 'error';
}
