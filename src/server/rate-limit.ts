/**
 * Rate limits for the report routes, counted per client and overall in fixed windows. A client
 * is known only by an HMAC of its address under a key that lives in memory and changes every
 * day: the address itself is never kept, and yesterday's counts cannot be linked to today's.
 * The counts live in this process (README: several processes each count on their own).
 */
import { createHmac, randomBytes } from 'node:crypto';

export interface Limit {
  /** Requests allowed in one window. */
  max: number;
  windowMs: number;
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Window {
  startedAt: number;
  count: number;
}

/** A fixed-window counter per key. */
export function createLimiter(limit: Limit, now: () => number = Date.now) {
  const windows = new Map<string, Window>();
  let nextSweepAt = 0;

  /** Forgets ended windows, at most once a window, so a flood of new clients costs no loop per request. */
  function sweep(at: number) {
    if (at < nextSweepAt) return;
    nextSweepAt = at + limit.windowMs;
    for (const [key, window] of windows) if (at - window.startedAt >= limit.windowMs) windows.delete(key);
  }

  return {
    take(key: string): Verdict {
      const at = now();
      sweep(at);
      let window = windows.get(key);
      if (!window || at - window.startedAt >= limit.windowMs) {
        window = { startedAt: at, count: 0 };
        windows.set(key, window);
      }
      if (window.count >= limit.max) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + limit.windowMs - at) / 1000)) };
      }
      window.count += 1;
      return { allowed: true };
    },
  };
}

/** Per-client and overall limits of one kind of request; both must allow it. */
export function createRateLimit(perClient: Limit, overall: Limit, now: () => number = Date.now) {
  const clients = createLimiter(perClient, now);
  const everyone = createLimiter(overall, now);
  return {
    take(clientKey: string): Verdict {
      const mine = clients.take(clientKey);
      if (!mine.allowed) return mine;
      return everyone.take('*');
    },
  };
}

/** Turns an address into a key that cannot be turned back, under a key that rotates daily. */
export function createClientKeys(now: () => number = Date.now) {
  let day = -1;
  let secret = randomBytes(32);
  return (address: string): string => {
    const today = Math.floor(now() / 86_400_000);
    if (today !== day) {
      day = today;
      secret = randomBytes(32);
    }
    return createHmac('sha256', secret).update(address).digest('base64url');
  };
}

const MINUTE = 60_000;

/**
 * The limits in force. A whole school may share one address, hence the generous per-client
 * figures; the overall ones protect the store and the moderators' queue from a flood.
 */
export const LIMITS = {
  reports: { perClient: { max: 20, windowMs: 60 * MINUTE }, overall: { max: 600, windowMs: MINUTE } },
  caseLookups: { perClient: { max: 30, windowMs: 10 * MINUTE }, overall: { max: 1200, windowMs: MINUTE } },
  // The lockout guards one account; this stops one client trying password after password
  // across many accounts, or locking every moderator out in turn.
  logins: { perClient: { max: 20, windowMs: 15 * MINUTE }, overall: { max: 300, windowMs: MINUTE } },
  // One page view is one hit; a class of thirty behind one school address reads many pages, a
  // script inflating the figures hits this wall soon.
  hits: { perClient: { max: 600, windowMs: 10 * MINUTE }, overall: { max: 6000, windowMs: MINUTE } },
} satisfies Record<string, { perClient: Limit; overall: Limit }>;
