/**
 * Rate limits for the report routes, counted per client and overall in fixed windows. A client
 * is known only by an HMAC of its address under a key that lives in memory and changes every
 * day: the address itself is never kept, and yesterday's counts cannot be linked to today's.
 * The counts live in this process; on PostgreSQL src/server/shared-rate-limit.ts counts the same
 * limits in the database instead, for every process at once, and falls back to these.
 */
import { createHmac, randomBytes } from 'node:crypto';

export interface Limit {
  /** Requests allowed in one window. */
  max: number;
  windowMs: number;
}

/**
 * What the limits say of a request. When allowed, `clientCount` is how many requests of its kind
 * the client has made in its window, this one included, and `overLimit` says the client is over
 * its own limit and was let through all the same (after proof of work): the flood watch reads both
 * (src/server/floods/flood-watch.ts).
 */
export type Verdict = { allowed: true; clientCount?: number; overLimit?: boolean } | { allowed: false; retryAfterSeconds: number };
type Counted = { allowed: true; count: number } | { allowed: false; retryAfterSeconds: number };

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

  function current(key: string, at: number): Window {
    sweep(at);
    let window = windows.get(key);
    if (!window || at - window.startedAt >= limit.windowMs) {
      window = { startedAt: at, count: 0 };
      windows.set(key, window);
    }
    return window;
  }

  return {
    /** Counts one request unless the window is full; says how many this window has counted. */
    take(key: string): Counted {
      const at = now();
      const window = current(key, at);
      if (window.count >= limit.max) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + limit.windowMs - at) / 1000)) };
      }
      window.count += 1;
      return { allowed: true, count: window.count };
    },
    /** Counts one request that is let through whatever the count. */
    add(key: string): void {
      current(key, now()).count += 1;
    },
  };
}

/**
 * Per-client and overall limits of one kind of request. The client's own limit comes first.
 * The overall ceiling protects the store from a flood, but a client's first `reserved` requests
 * of its window pass it (still counted): however many addresses fill the ceiling, a child
 * opening their own case or a moderator signing in for the first time that hour gets through.
 */
export function createRateLimit(perClient: Limit, overall: Limit, reserved: number, now: () => number = Date.now) {
  const clients = createLimiter(perClient, now);
  const everyone = createLimiter(overall, now);
  return {
    take(clientKey: string): Verdict {
      const mine = clients.take(clientKey);
      if (!mine.allowed) return mine;
      if (mine.count <= reserved) {
        everyone.add('*');
        return { allowed: true, clientCount: mine.count };
      }
      const all = everyone.take('*');
      return all.allowed ? { allowed: true, clientCount: mine.count } : all;
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
 * The limits in force (docs/privacy.md). A whole school may share one address, hence the
 * generous per-client figures; the overall ceilings, far above honest peaks, protect the store
 * and the moderators' queue from a flood, and `reserved` keeps them from locking anyone out.
 */
export const LIMITS = {
  reports: { perClient: { max: 20, windowMs: 60 * MINUTE }, overall: { max: 600, windowMs: MINUTE }, reserved: 3 },
  caseLookups: { perClient: { max: 30, windowMs: 10 * MINUTE }, overall: { max: 3000, windowMs: MINUTE }, reserved: 5 },
  // The login guard (src/server/auth/login-guard.ts) protects one account; this stops one
  // client trying password after password across many accounts.
  logins: { perClient: { max: 20, windowMs: 15 * MINUTE }, overall: { max: 300, windowMs: MINUTE }, reserved: 3 },
  // One page view is one hit; a class of thirty behind one school address reads many pages, a
  // script inflating the figures hits this wall soon.
  hits: { perClient: { max: 600, windowMs: 10 * MINUTE }, overall: { max: 6000, windowMs: MINUTE }, reserved: 0 },
} satisfies Record<string, { perClient: Limit; overall: Limit; reserved: number }>;

export type LimitedAction = keyof typeof LIMITS;

export interface ProcessLimits {
  /** The client's key for the limits and the login guard: its address hashed, never kept. */
  clientKey(address: string | undefined): string;
  /** Counts one request; a promise where the counts live in the database (src/server/shared-rate-limit.ts). */
  take(action: LimitedAction, clientKey: string): Verdict | Promise<Verdict>;
}

const SHARED = Symbol.for('zanbala.rateLimits');

/**
 * The limits of this process, kept on globalThis: a new build the running server picks up
 * (src/server/live-build.ts) loads this module again, and must not start every count afresh.
 */
export function processLimits(): ProcessLimits & { take(action: LimitedAction, clientKey: string): Verdict } {
  const holder = globalThis as { [SHARED]?: ProcessLimits & { take(action: LimitedAction, clientKey: string): Verdict } };
  if (holder[SHARED]) return holder[SHARED];
  const keys = createClientKeys();
  const limiters = Object.fromEntries(
    Object.entries(LIMITS).map(([action, { perClient, overall, reserved }]) => [action, createRateLimit(perClient, overall, reserved)]),
  ) as Record<LimitedAction, ReturnType<typeof createRateLimit>>;
  return (holder[SHARED] = {
    clientKey: (address) => keys(address ?? 'unknown'),
    take: (action, clientKey) => limiters[action].take(clientKey),
  });
}
