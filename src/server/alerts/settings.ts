/**
 * The alert settings, read from the environment once per worker (README, settings table). Each
 * channel is on when its variable is set: e-mail with `SMTP_URL`, the webhook with `ALERT_WEBHOOK_URL`.
 */
export interface AlertSettings {
  /** `smtp://user:password@host:587` or `smtps://…:465`, as nodemailer reads it; never logged. */
  smtpUrl: string | undefined;
  from: string;
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
  /** How often the worker looks for alerts to send and cases past their due date. */
  pollMs: number;
  /** The wait before the first retry of a failed delivery; each later one waits twice as long, up to RETRY_MAX_MS. */
  retryMs: number;
}

export const RETRY_MAX_MS = 15 * 60_000;
/** About six hours of retries at most; then the delivery is given up, and the audit log says so. */
export const MAX_ATTEMPTS = 30;

const seconds = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined || value === '') return fallback * 1000;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a number of seconds above 0, not "${value}"`);
  return parsed * 1000;
};

export function alertSettings(env: NodeJS.ProcessEnv = process.env): AlertSettings {
  const webhookUrl = env['ALERT_WEBHOOK_URL'] || undefined;
  const webhookSecret = env['ALERT_WEBHOOK_SECRET'] || undefined;
  if (webhookUrl && !webhookSecret)
    throw new Error("ALERT_WEBHOOK_URL is set without ALERT_WEBHOOK_SECRET: the receiver could not tell our alerts from anyone's");
  if (webhookSecret && webhookSecret.length < 16) throw new Error('ALERT_WEBHOOK_SECRET must be at least 16 characters long');
  return {
    smtpUrl: env['SMTP_URL'] || undefined,
    from: env['ALERT_FROM'] || 'Zanbala <no-reply@localhost>',
    webhookUrl,
    webhookSecret,
    pollMs: seconds('ALERT_POLL_SECONDS', env['ALERT_POLL_SECONDS'], 5),
    retryMs: seconds('ALERT_RETRY_SECONDS', env['ALERT_RETRY_SECONDS'], 15),
  };
}

/** When to try a delivery again after its `attempts`-th failure; undefined once it is given up. */
export function retryAt(settings: AlertSettings, attempts: number, now: Date): Date | undefined {
  if (attempts >= MAX_ATTEMPTS) return undefined;
  const wait = Math.min(settings.retryMs * 2 ** Math.max(0, attempts - 1), RETRY_MAX_MS);
  return new Date(now.getTime() + wait);
}
