/**
 * The server's long-lived parts, made once per process on first use: the store, the report
 * service, the retention sweep, the rate limits and the regional offices' inbox. On PostgreSQL
 * the rate limits and the login guard live in the database, shared by every process on it.
 * Imported by plain Node (scripts/start.mjs) and by the built pages alike.
 */
import { caseCodeKeyFor } from './case-code-key.ts';
import { rateLimitsOn, retentionDays, storeLocation } from './config.ts';
import { LIMITS, processCounters, type LimitedAction, type Verdict } from './rate-limit.ts';
import { createSharedCounters } from './shared-rate-limit.ts';
import { createClientKeys, processLimitsKey } from './limits/client-keys.ts';
import { createLimits } from './limits/decide.ts';
import { createProofOfWork } from './limits/proof-of-work.ts';
import { createReportService, type ReportService } from './reports.ts';
import { createAuth, type Auth } from './auth/sessions.ts';
import { processLoginGuard } from './auth/login-guard.ts';
import { createSharedLoginGuard } from './auth/shared-login-guard.ts';
import { createOfficeStores, openCheckedDb, type OfficeStores } from './store/index.ts';
import { liveSiteData } from './api/site-data.ts';
import { createOneTimeViewService, type OneTimeViewService } from './help/one-time-view.ts';
import { viewTokenOfSubmission } from './help/submission-key.ts';
import { createFloodWatch } from './floods/flood-watch.ts';
import { alertOnFloods } from './alerts/flood-alerts.ts';
import { isDatabaseUnavailable } from './db/unavailable.ts';

export type { LimitedAction };

export interface Services {
  reports: ReportService;
  /** The inbox's stores and its sign-in, on the same database as the reports. */
  office: OfficeStores;
  auth: Auth;
  /** The one-time views of the help and case pages (src/server/help/one-time-view.ts). */
  views: OneTimeViewService;
  /** The view token every post of one submission key gets (src/server/help/submission-key.ts). */
  submissionViewToken(submissionKey: string): string;
  /**
   * Counts one request of `action` from `address`; the address is hashed, never kept. On
   * PostgreSQL every process on the database counts together. `proof` is the ALTCHA payload the
   * request came with, if any (src/server/limits/proof-of-work.ts).
   */
  limit(action: LimitedAction, address: string | undefined, proof?: string): Promise<Verdict>;
  /**
   * The hashed key of `address` the login guard knows a client by, under the limits key of the
   * day (src/server/limits/limits-key.ts): a lock that spans its change at 03:00 ends then, while
   * the account's own slowdown, which knows no address, goes on.
   */
  loginKey(address: string | undefined): string;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;

const LIMITS_BY_NETWORK = new Set(
  Object.entries(LIMITS)
    .filter(([, rule]) => 'byNetwork' in rule && rule.byNetwork)
    .map(([action]) => action),
);

async function createServices(): Promise<Services> {
  const location = storeLocation();
  const key = caseCodeKeyFor(location);
  const db = await openCheckedDb(location, key);
  const office = createOfficeStores(db);
  const floods = createFloodWatch(office.floods, office.audit);
  alertOnFloods(office.alerts);
  const reports = createReportService(office.reports, key, undefined, {
    terms: () => liveSiteData() ?? { answerDays: {}, holidays: new Set() },
    floods,
  });
  const onPostgres = location.kind === 'postgres';
  const auth = createAuth(office.users, office.sessions, undefined, onPostgres ? createSharedLoginGuard(db, key) : processLoginGuard());

  const views = createOneTimeViewService(office.oneTimeViews);

  const days = retentionDays();
  const sweep = () => {
    reports.deleteExpired(days).catch((error: Error) => console.error(`Deleting expired cases failed: ${error.message}`));
    auth.sweep().catch((error: Error) => console.error(`Deleting idle sessions failed: ${error.message}`));
    views.sweep().catch((error: Error) => console.error(`Deleting expired one-time views failed: ${error.message}`));
    office.submissionKeys.sweep(new Date()).catch((error: Error) => console.error(`Deleting expired submission keys failed: ${error.message}`));
  };
  sweep();
  setInterval(sweep, HOUR).unref();
  // A flood ends when its rate falls back; without a report to notice it, this does.
  setInterval(() => {
    floods.sweep(new Date()).catch((error: unknown) => {
      // A database away is logged once by the database layer, not every minute here.
      if (!isDatabaseUnavailable(error)) console.error(`Ending floods failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }, MINUTE).unref();

  const on = rateLimitsOn();
  const limitsKey = processLimitsKey(location);
  const clientKeys = createClientKeys(limitsKey);
  const counters = onPostgres ? createSharedCounters(db, processCounters()) : processCounters();
  const limits = createLimits(counters, createProofOfWork(limitsKey, counters));
  return {
    reports,
    office,
    auth,
    views,
    submissionViewToken: (submissionKey) => viewTokenOfSubmission(key, submissionKey),
    async limit(action, address, proof) {
      if (!on) return { allowed: true };
      const clientKey = LIMITS_BY_NETWORK.has(action) ? clientKeys.network(address) : clientKeys.client(address);
      return limits.take(action, clientKey, proof);
    },
    loginKey: (address) => clientKeys.login(address),
  };
}

/**
 * Kept on globalThis: scripts/start.mjs opens them before it listens and answers the API with
 * them, and the pages of every build it serves (each bundles its own copy of this module) find
 * the same database connection, limits and sweep instead of opening their own.
 */
const SHARED = Symbol.for('zanbala.services');
const holder = globalThis as { [SHARED]?: Promise<Services> | undefined };

/** The services of this process, made on first use; a failure to open the store is retried. */
export function getServices(): Promise<Services> {
  holder[SHARED] ??= createServices().catch((error: unknown) => {
    holder[SHARED] = undefined;
    throw error;
  });
  return holder[SHARED];
}
