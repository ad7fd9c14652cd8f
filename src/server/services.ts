/**
 * The server's long-lived parts, made once per process on first use: the store, the report
 * service, the retention sweep and the rate limits.
 */
import { caseCodeKeyFor } from './case-code-key.ts';
import { rateLimitsOn, retentionDays, storeLocation } from './config.ts';
import { createClientKeys, createRateLimit, LIMITS, type Verdict } from './rate-limit.ts';
import { createReportService, type ReportService } from './reports.ts';
import { openStore } from './store/index.ts';

export type LimitedAction = keyof typeof LIMITS;

export interface Services {
  reports: ReportService;
  /** Counts one request of `action` from `address`; the address is hashed, never kept. */
  limit(action: LimitedAction, address: string | undefined): Verdict;
}

const HOUR = 3_600_000;

async function createServices(): Promise<Services> {
  const location = storeLocation();
  const store = await openStore(location);
  const reports = createReportService(store, caseCodeKeyFor(location));

  const days = retentionDays();
  const sweep = () =>
    reports.deleteExpired(days).catch((error: Error) => console.error(`Deleting expired cases failed: ${error.message}`));
  void sweep();
  setInterval(sweep, HOUR).unref();

  const on = rateLimitsOn();
  const clientKey = createClientKeys();
  const limiters = {
    reports: createRateLimit(LIMITS.reports.perClient, LIMITS.reports.overall),
    caseLookups: createRateLimit(LIMITS.caseLookups.perClient, LIMITS.caseLookups.overall),
  };
  return {
    reports,
    limit(action, address) {
      if (!on) return { allowed: true };
      return limiters[action].take(clientKey(address ?? 'unknown'));
    },
  };
}

let services: Promise<Services> | undefined;

/** The services of this process, made on first use; a failure to open the store is retried. */
export function getServices(): Promise<Services> {
  services ??= createServices().catch((error: unknown) => {
    services = undefined;
    throw error;
  });
  return services;
}
