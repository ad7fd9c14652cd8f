/** The services when the database can be opened; undefined while it cannot (a fault, answered 503). */
import { isDatabaseUnavailable } from './db/unavailable.ts';
import { getServices, type Services } from './services.ts';

/**
 * Pages with a form read what was typed before they need the database, so that a fault gives
 * it back instead of losing it; the rate limits count only when the services are there.
 */
export const servicesIfReachable = (): Promise<Services | undefined> =>
  getServices().catch((error: unknown) => (isDatabaseUnavailable(error) ? undefined : Promise.reject(error)));
