/**
 * What an alert says, and nothing more: its kind, the region's name and the link to the case,
 * which opens only after signing in. Never a word of the child's text, their contact or their
 * case code: the alert travels through mail servers and messenger bots the office does not run.
 */
import { useTranslations } from '../../i18n/index.ts';
import { adminCasePath, adminPaths, absoluteUrl } from '../../lib/paths.ts';
import { LANGS } from '../../lib/langs.ts';
import type { QueuedAlert } from '../store/alerts.ts';

export interface AlertEmail {
  subject: string;
  text: string;
}

type RegionNames = Readonly<Record<string, { kk: string; ru: string }>>;

/** The inbox address of the alert's case, or the queue when it is about no case (any longer). */
export const alertCaseUrl = (alert: QueuedAlert, siteOrigin: string) =>
  absoluteUrl(alert.reportId ? adminCasePath(alert.reportId) : adminPaths.queue, siteOrigin);

/** The e-mail, in Kazakh and then Russian: an office reads both, and the alert must not wait for a choice. */
export function alertEmail(alert: QueuedAlert, regionNames: RegionNames, siteOrigin: string): AlertEmail {
  const url = alertCaseUrl(alert, siteOrigin);
  const parts = LANGS.map((lang) => {
    const t = useTranslations(lang);
    const region = regionNames[alert.region]?.[lang] ?? alert.region;
    return {
      subject: t(`alert.${alert.kind}.subject`, { region }),
      text: `${t(`alert.${alert.kind}.text`, { region })}\n${url}\n${t('alert.login')}`,
    };
  });
  return { subject: parts.map((part) => part.subject).join(' / '), text: `${parts.map((part) => part.text).join('\n\n')}\n` };
}

/** The webhook's body: the contract of docs/design.md, `{region, kind, caseUrl, at}`. */
export function alertWebhookBody(alert: QueuedAlert, siteOrigin: string): string {
  return JSON.stringify({ region: alert.region, kind: alert.kind, caseUrl: alertCaseUrl(alert, siteOrigin), at: alert.createdAt.toISOString() });
}
