/**
 * The alert queue on every database: an urgent report queues its alert in its own transaction,
 * overdue cases get one alert each, the worker sends to the region's on-duty moderators with a
 * confirmed address and the webhook, retries failures with back-off, writes every outcome to the
 * audit log, and only the holder of the lease sends.
 */
import { expect, it } from 'vitest';
import type { Report } from '../../../src/lib/report';
import type { AlertEmail } from '../../../src/server/alerts/message';
import { alertOnFloods } from '../../../src/server/alerts/flood-alerts';
import { alertSettings } from '../../../src/server/alerts/settings';
import { onFloodChange } from '../../../src/server/floods/flood-events';
import { alertRound, type Worker } from '../../../src/server/alerts/worker';
import { hashToken } from '../../../src/server/admin/email-confirmation';
import type { OfficeStores } from '../../../src/server/store';
import { describeEachDatabase } from '../../support/databases';
import { addUser, useOffice } from '../../support/office';

const report = (overrides: Partial<Report> = {}): Report => ({
  region: 'astana',
  category: 'bullying',
  message: 'Мені қорқытады, көмектесіңдер',
  lang: 'kk',
  followUp: true,
  urgent: true,
  contact: 'telegram @secret_child',
  ...overrides,
});
// Monday 14 December 2026, 12:00 in Almaty.
const NOON = new Date('2026-12-14T07:00:00Z');
const ALWAYS = { on: true, days: [1, 2, 3, 4, 5, 6, 7] as (1 | 2 | 3 | 4 | 5 | 6 | 7)[], from: '00:00', to: '00:00' };

async function moderator(office: OfficeStores, name: string, regions: string[], duty = ALWAYS, confirmed = true) {
  const id = await addUser(office, name, 'moderator', regions);
  await office.profiles.setDuty(id, duty);
  await office.profiles.setEmail(id, `${name}@office.kz`, hashToken(`token-of-${name}-long-enough`), new Date(NOON.getTime() + 3_600_000));
  if (confirmed) expect(await office.profiles.confirmEmail(hashToken(`token-of-${name}-long-enough`), id, NOON)).toBe(true);
  return id;
}

function worker(office: OfficeStores, now: () => Date, failing = { email: false }) {
  const emails: { to: string; email: AlertEmail }[] = [];
  const webhooks: string[] = [];
  const made: Worker = {
    office,
    settings: { ...alertSettings({}), retryMs: 1000 },
    siteOrigin: 'https://zanbala.kz',
    email: async (to, email) => {
      if (failing.email) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25 user@x'), { code: 'ECONNREFUSED' });
      emails.push({ to, email });
    },
    webhook: async (body) => void webhooks.push(body),
    holder: `worker-${Math.random()}`,
    now,
  };
  return { made, emails, webhooks };
}

describeEachDatabase('alerts', (database) => {
  const office = useOffice(database);

  it('go to each on-duty moderator of the region with a confirmed address, and once to the webhook, without a word of the report', async () => {
    await moderator(office(), 'on-duty', ['astana']);
    await moderator(office(), 'off-duty', ['astana'], { ...ALWAYS, on: false });
    await moderator(office(), 'unconfirmed', ['astana'], ALWAYS, false);
    await moderator(office(), 'other-region', ['abai']);
    const { id } = await office().reports.addReport(report(), 'hash-1', NOON);
    const { made, emails, webhooks } = worker(office(), () => NOON);
    expect(await alertRound(made)).toBe(true);
    expect(emails.map((sent) => sent.to)).toEqual(['on-duty@office.kz']);
    expect(webhooks).toHaveLength(1);
    expect(JSON.parse(webhooks[0]!)).toEqual({ region: 'astana', kind: 'urgent', caseUrl: `https://zanbala.kz/admin/cases/${id}/`, at: NOON.toISOString() });
    const everything = JSON.stringify({ emails, webhooks });
    for (const word of ['қорқытады', 'көмектесіңдер', 'secret_child', 'hash-1']) expect(everything).not.toContain(word);
    // A second round sends nothing more.
    await alertRound(made);
    expect(emails).toHaveLength(1);
    const actions = (await office().audit.latest(20)).filter((entry) => entry.actor === 'alerts').map((entry) => entry.action);
    expect(actions.sort()).toEqual(['alert-sent', 'alert-sent']);
  });

  it('tell the people on duty when a flood of reports starts and when it ends, naming only the region', async () => {
    await moderator(office(), 'on-duty', ['astana']);
    await moderator(office(), 'other-region', ['abai']);
    const stop = alertOnFloods(office().alerts);
    try {
      await onFloodChange('astana', 'start', NOON);
      await onFloodChange('astana', 'end', new Date(NOON.getTime() + 600_000));
    } finally {
      stop();
    }
    const { made, emails, webhooks } = worker(office(), () => new Date(NOON.getTime() + 600_000));
    await alertRound(made);
    expect(emails.map((sent) => sent.to)).toEqual(['on-duty@office.kz', 'on-duty@office.kz']);
    expect(emails.map((sent) => sent.email.subject).join(' ')).toContain('Массовая отправка обращений: astana');
    expect(webhooks.map((body) => JSON.parse(body).kind).sort()).toEqual(['flood-end', 'flood-start']);
    expect(JSON.parse(webhooks[0]!).caseUrl).toBe('https://zanbala.kz/admin/');
  });

  it('come from one worker only: the one holding the lease', async () => {
    await moderator(office(), 'on-duty', ['astana']);
    await office().reports.addReport(report(), 'hash-1', NOON);
    const one = worker(office(), () => NOON);
    const other = worker(office(), () => NOON);
    expect(await alertRound(one.made)).toBe(true);
    expect(await alertRound(other.made)).toBe(false);
    expect(one.emails.length + other.emails.length).toBe(1);
    // Once the lease runs out, the other takes over.
    const later = worker(office(), () => new Date(NOON.getTime() + 120_000));
    expect(await alertRound(later.made)).toBe(true);
  });

  it('are retried with back-off when the mail server fails, each failure in the audit log, and sent once it is back', async () => {
    await moderator(office(), 'on-duty', ['astana']);
    await office().reports.addReport(report(), 'hash-1', NOON);
    let now = NOON;
    const failing = { email: true };
    const { made, emails } = worker(office(), () => now, failing);
    await alertRound(made);
    expect(emails).toHaveLength(0);
    const failed = (await office().audit.latest(20)).find((entry) => entry.action === 'alert-failed');
    expect(failed?.detail).toMatch(/^urgent; e-mail to on-duty, attempt 1: ECONNREFUSED; retry at /);
    expect(failed?.detail).not.toContain('127.0.0.1');
    failing.email = false;
    await alertRound(made);
    expect(emails).toHaveLength(0);
    now = new Date(NOON.getTime() + 1500);
    await alertRound(made);
    expect(emails).toHaveLength(1);
  });

  it('are given up at once, not retried, for a moderator disabled after the alert was raised', async () => {
    await moderator(office(), 'leaving', ['astana']);
    await office().reports.addReport(report(), 'hash-1', NOON);
    const { made, emails } = worker(office(), () => NOON);
    await office()
      .alerts.expand((await office().alerts.unexpanded())[0]!, [], NOON)
      .catch(() => undefined);
    expect(emails).toHaveLength(0);
    // Raised while the account was active, sent after it was disabled.
    const second = await office().reports.addReport(report(), 'hash-2', NOON);
    expect(second.id).toBeTruthy();
    const [alert] = await office().alerts.unexpanded();
    const recipient = (await office().profiles.moderatorsOf('astana'))[0]!;
    await office().alerts.expand(alert!, [{ channel: 'email', recipientId: recipient.userId }], NOON);
    await office().users.disable('leaving');
    await alertRound(made);
    expect(emails).toHaveLength(0);
    const failed = (await office().audit.latest(10)).find((entry) => entry.action === 'alert-failed');
    expect(failed?.detail).toMatch(/no confirmed address; given up$/);
    expect(await office().alerts.due(new Date(NOON.getTime() + 86_400_000))).toEqual([]);
  });

  it('say once that a case waits past its due date, and not for one answered in time that the student wrote back to', async () => {
    await moderator(office(), 'on-duty', ['astana']);
    const due = new Date(NOON.getTime() + 3_600_000);
    const { id: late } = await office().reports.addReport(report({ urgent: false }), 'hash-1', NOON, undefined, { dueAt: due });
    const { id: answered } = await office().reports.addReport(report({ urgent: false }), 'hash-2', NOON, undefined, { dueAt: due });
    await office().reports.addMessage(answered, 'office', 'Жауап', new Date(NOON.getTime() + 60_000), 'on-duty');
    // The student writes back after the due date: the case waits again, but it was answered in time.
    await office().reports.addMessage(answered, 'student', 'Рахмет, тағы бір сұрақ', new Date(due.getTime() + 30_000));
    const after = new Date(due.getTime() + 60_000);
    const { made, webhooks } = worker(office(), () => after);
    await alertRound(made);
    await alertRound(made);
    expect(webhooks.map((body) => JSON.parse(body) as { kind: string; caseUrl: string })).toEqual([
      expect.objectContaining({ kind: 'overdue', caseUrl: `https://zanbala.kz/admin/cases/${late}/` }),
    ]);
  });

  it('reach nobody at night when nobody is on duty then, and the audit log says so', async () => {
    await moderator(office(), 'day-shift', ['astana'], { on: true, days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' });
    const night = new Date('2026-12-14T20:00:00Z');
    await office().reports.addReport(report(), 'hash-1', night);
    const { made, emails } = worker(office(), () => night);
    await alertRound(made);
    expect(emails).toHaveLength(0);
    expect((await office().audit.latest(5)).map((entry) => entry.detail)).toContain('urgent; e-mail: nobody of the region on duty with a confirmed address');
  });

  it('confirm an address only with its own link, before it expires, once', async () => {
    const id = await addUser(office(), 'aigerim', 'moderator', ['astana']);
    const other = await addUser(office(), 'bolat', 'moderator', ['astana']);
    await office().profiles.setEmail(id, 'aigerim@office.kz', hashToken('the-token-of-aigerim-1234'), new Date(NOON.getTime() + 1000));
    expect(await office().profiles.confirmEmail(hashToken('the-token-of-aigerim-1234'), other, NOON)).toBe(false);
    expect(await office().profiles.confirmEmail(hashToken('the-token-of-aigerim-1234'), id, new Date(NOON.getTime() + 2000))).toBe(false);
    expect(await office().profiles.confirmEmail(hashToken('the-token-of-aigerim-1234'), id, NOON)).toBe(true);
    expect(await office().profiles.confirmEmail(hashToken('the-token-of-aigerim-1234'), id, NOON)).toBe(false);
    expect((await office().profiles.of(id))?.emailConfirmedAt).toEqual(NOON);
  });
});
