/**
 * The alert worker: every process on a database runs one, and the one holding the `alerts` lease
 * does the work, so two processes never both send. Each round it queues an `overdue` alert for
 * every case waiting past its due date, turns new alerts into deliveries (an e-mail to each
 * moderator of the region on duty when the alert was raised, with a confirmed address, and the
 * webhook), and sends the deliveries that are due, retrying failures with back-off. Every
 * delivery sent, failed or given up, and every alert nobody was on duty for, is in the audit log.
 */
import { randomUUID } from 'node:crypto';
import { isOnDuty } from '../../lib/duty.ts';
import { liveSiteData } from '../api/site-data.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import type { Services } from '../services.ts';
import type { AlertChannel, Delivery, QueuedAlert } from '../store/alerts.ts';
import type { AuditAction } from '../store/audit.ts';
import type { OfficeStores } from '../store/index.ts';
import { failureReason, smtpSender, webhookSender, type SendEmail, type SendWebhook } from './channels.ts';
import { alertEmail, alertWebhookBody } from './message.ts';
import { alertSettings, retryAt, type AlertSettings } from './settings.ts';

export const ALERT_LEASE = 'alerts';
/** A process that stopped gives the work up to another within this time. */
const LEASE_MS = 60_000;
/** The audit log's actor for what the worker does: no person did it. */
export const ALERT_ACTOR = 'alerts';

export interface Worker {
  office: OfficeStores;
  settings: AlertSettings;
  siteOrigin: string;
  email: SendEmail | undefined;
  webhook: SendWebhook | undefined;
  holder: string;
  now: () => Date;
}

const audit = (worker: Worker, action: AuditAction, alert: QueuedAlert, detail: string) =>
  worker.office.audit.record({ at: worker.now(), actor: ALERT_ACTOR, action, target: alert.reportId, detail: `${alert.kind}; ${detail}` });

async function queueOverdue(worker: Worker): Promise<void> {
  const at = worker.now();
  for (const late of await worker.office.alerts.overdueWithoutAlert(at)) {
    await worker.office.alerts.enqueue('overdue', late.region, { reportId: late.id, dedupeKey: `overdue:${late.id}`, at });
  }
}

/** The deliveries of one alert: who of its region was on duty when it was raised. */
async function expand(worker: Worker, alert: QueuedAlert): Promise<void> {
  const deliveries: { channel: AlertChannel; recipientId: string | undefined }[] = [];
  if (worker.email) {
    for (const moderator of await worker.office.profiles.moderatorsOf(alert.region)) {
      if (moderator.email && moderator.emailConfirmedAt && isOnDuty(moderator.duty, alert.createdAt)) {
        deliveries.push({ channel: 'email', recipientId: moderator.userId });
      }
    }
  }
  if (worker.webhook) deliveries.push({ channel: 'webhook', recipientId: undefined });
  await worker.office.alerts.expand(alert, deliveries, worker.now());
  // Said in the audit log, so an office learns that an alert reached nobody, and why.
  if (!worker.email && !worker.webhook) await audit(worker, 'alert-failed', alert, 'no alert channel is set up (SMTP_URL, ALERT_WEBHOOK_URL)');
  else if (worker.email && !deliveries.some((delivery) => delivery.channel === 'email')) {
    await audit(worker, 'alert-failed', alert, 'e-mail: nobody of the region on duty with a confirmed address');
  }
}

async function deliver(worker: Worker, delivery: Delivery): Promise<void> {
  const { alert } = delivery;
  let label = 'webhook';
  try {
    if (delivery.channel === 'webhook') {
      if (!worker.webhook) throw Object.assign(new Error('no webhook'), { code: 'not configured', permanent: true });
      await worker.webhook(alertWebhookBody(alert, worker.siteOrigin));
    } else {
      const profile = delivery.recipientId ? await worker.office.profiles.of(delivery.recipientId) : undefined;
      label = `e-mail to ${profile?.name ?? 'a removed account'}`;
      if (!worker.email) throw Object.assign(new Error('no SMTP'), { code: 'not configured', permanent: true });
      // The account was disabled or its address changed since the alert was raised: trying again would not help.
      if (!profile?.email || !profile.emailConfirmedAt) throw Object.assign(new Error('no address'), { code: 'no confirmed address', permanent: true });
      await worker.email(profile.email, alertEmail(alert, liveSiteData()?.regionNames ?? {}, worker.siteOrigin));
    }
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    const attempts = delivery.attempts + 1;
    const permanent = (error as { permanent?: boolean }).permanent === true;
    const again = permanent ? undefined : retryAt(worker.settings, attempts, worker.now());
    await worker.office.alerts.failed(delivery.id, again);
    const next = again ? `retry at ${again.toISOString()}` : 'given up';
    await audit(worker, 'alert-failed', alert, `${label}, attempt ${attempts}: ${failureReason(error)}; ${next}`);
    return;
  }
  await worker.office.alerts.sent(delivery.id, worker.now());
  await audit(worker, 'alert-sent', alert, label);
}

/** One round of the worker; false when another process holds the lease. */
export async function alertRound(worker: Worker): Promise<boolean> {
  const { leases, alerts } = worker.office;
  const hold = () => leases.hold(ALERT_LEASE, worker.holder, worker.now(), LEASE_MS);
  if (!(await hold())) return false;
  await queueOverdue(worker);
  for (const alert of await alerts.unexpanded()) await expand(worker, alert);
  for (const delivery of await alerts.due(worker.now())) {
    // A slow mail server must not let the lease run out under a round that is still sending.
    if (!(await hold())) return false;
    await deliver(worker, delivery);
  }
  return true;
}

export interface AlertWorkerOptions {
  /** The public origin the links in alerts point to. */
  siteOrigin: string;
  settings?: AlertSettings;
  now?: () => Date;
}

/** Starts the worker of this process; it runs until the process ends. */
export function startAlertWorker(services: Pick<Services, 'office'>, options: AlertWorkerOptions): { stop(): Promise<void> } {
  const settings = options.settings ?? alertSettings();
  const worker: Worker = {
    office: services.office,
    settings,
    siteOrigin: options.siteOrigin,
    email: smtpSender(settings),
    webhook: webhookSender(settings),
    holder: randomUUID(),
    now: options.now ?? (() => new Date()),
  };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const round = () => {
    running = alertRound(worker)
      .catch((error: unknown) => {
        // A database fault is logged once where it happens (db/unavailable.ts); the next round tries again.
        if (!isDatabaseUnavailable(error)) console.error(`The alert worker failed: ${error instanceof Error ? error.message : error}`);
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(round, settings.pollMs).unref();
      });
  };
  timer = setTimeout(round, 0).unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await worker.office.leases.release(ALERT_LEASE, worker.holder).catch(() => undefined);
    },
  };
}
