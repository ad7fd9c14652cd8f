/**
 * The rate limits (docs/privacy.md): what each kind of request may do per client and overall, in
 * fixed windows, and the counts of them in this process's memory. A client is its IPv4 address or
 * IPv6 /64 (limits/client-network.ts), known only by a keyed hash (limits/client-keys.ts). On
 * PostgreSQL src/server/shared-rate-limit.ts keeps the same counts in the database, for every
 * process at once, and falls back to these. What a request over a limit is told is decided in
 * limits/decide.ts: a child's report asks for a proof of work instead of refusing.
 */
export interface Limit {
  /** Requests allowed in one window. */
  max: number;
  windowMs: number;
}

export interface Rule {
  perClient: Limit;
  /** Of every client together: a ceiling that protects the store and the moderators' queue. */
  overall: Limit;
  /** A client's first requests of its window pass the overall ceiling whoever filled it. */
  reserved: number;
  /**
   * Past its limit, or near the ceiling, a client is asked for a proof of work that grows with the
   * pressure, and refused only without one; otherwise it is refused until its window ends.
   */
  work: boolean;
  /** Counted per network (IPv4 /24, IPv6 /64) instead of per client. */
  byNetwork?: boolean;
}

const MINUTE = 60_000;

/**
 * The limits in force (docs/privacy.md). A whole school may share one address, hence the generous
 * per-client figures and the proof of work past them; the overall ceilings, far above honest
 * peaks, protect the store and the moderators' queue from a flood.
 */
export const LIMITS = {
  reports: { perClient: { max: 20, windowMs: 60 * MINUTE }, overall: { max: 600, windowMs: MINUTE }, reserved: 3, work: true },
  caseLookups: { perClient: { max: 30, windowMs: 10 * MINUTE }, overall: { max: 3000, windowMs: MINUTE }, reserved: 5, work: true },
  // The login guard (src/server/auth/login-guard.ts) protects one account; this stops one
  // client trying password after password across many accounts.
  logins: { perClient: { max: 20, windowMs: 15 * MINUTE }, overall: { max: 300, windowMs: MINUTE }, reserved: 3, work: false },
  // One page view is one hit; a class of thirty behind one school address reads many pages, a
  // script inflating the figures hits this wall soon. Hits have a ceiling of their own, and a
  // reader's first hits of the window pass it, so a flood of refused hits never pushes real ones out.
  hits: { perClient: { max: 600, windowMs: 10 * MINUTE }, overall: { max: 6000, windowMs: MINUTE }, reserved: 30, work: false },
  // The same hits per network: a script cannot spread itself over the addresses of one /24.
  hitNetworks: { perClient: { max: 1500, windowMs: 10 * MINUTE }, overall: { max: 6000, windowMs: MINUTE }, reserved: 60, work: false, byNetwork: true },
} satisfies Record<string, Rule>;

export type LimitedAction = keyof typeof LIMITS;

/**
 * What the limits say of a request. When allowed, `clientCount` is how many requests of its kind
 * the client has made in its window, this one included, and `overLimit` says the client is over
 * its own limit and was let through all the same (after proof of work): the flood watch reads both
 * (src/server/floods/flood-watch.ts).
 */
export type Verdict =
  | { allowed: true; clientCount?: number; overLimit?: boolean }
  | {
      allowed: false;
      retryAfterSeconds: number;
      /** The proof of work that lets this request through (limits/proof-of-work.ts), when one can. */
      challenge?: unknown;
    };

/** A count in its fixed window. */
export interface Tally {
  count: number;
  endsAt: number;
}

/** Where the counts live: this process's memory, or the database (shared-rate-limit.ts). */
export interface Counters {
  /** Counts one request of the client; answers its count and the overall one, as they stand now. */
  count(action: LimitedAction, clientKey: string, at: number): Promise<{ mine: Tally; everyone: Tally }>;
  /** Counts one request let through in the overall ceiling. */
  admit(action: LimitedAction, at: number): Promise<void>;
  /** Marks a proof of work spent until it expires; false when it was spent already. */
  spend(id: string, expiresAt: number, at: number): Promise<boolean>;
}

/** The fixed window `at` falls in: its number and when it ends. */
export function windowOf(limit: Limit, at: number) {
  const index = Math.floor(at / limit.windowMs);
  return { index, endsAt: (index + 1) * limit.windowMs };
}

/** Fixed-window counts per key, forgotten once their window is over. */
export function createTallies() {
  const tallies = new Map<string, Tally>();
  let nextSweepAt = 0;

  /** Forgets ended windows, at most once a minute, so a flood of new clients costs no loop per request. */
  function sweep(at: number) {
    if (at < nextSweepAt) return;
    nextSweepAt = at + MINUTE;
    for (const [key, tally] of tallies) if (tally.endsAt <= at) tallies.delete(key);
  }

  const current = (key: string, limit: Limit, at: number): Tally => {
    sweep(at);
    const { index, endsAt } = windowOf(limit, at);
    const windowKey = `${key}\n${index}`;
    let tally = tallies.get(windowKey);
    if (!tally) tallies.set(windowKey, (tally = { count: 0, endsAt }));
    return tally;
  };

  return {
    add(key: string, limit: Limit, at: number): Tally {
      const tally = current(key, limit, at);
      tally.count += 1;
      return { ...tally };
    },
    peek: (key: string, limit: Limit, at: number): Tally => ({ ...current(key, limit, at) }),
    /** Sets `key` once until `expiresAt`; false when it is set already. */
    once(key: string, expiresAt: number, at: number): boolean {
      sweep(at);
      if (tallies.has(key)) return false;
      tallies.set(key, { count: 1, endsAt: expiresAt });
      return true;
    },
  };
}

/** The counts of this process. */
export function memoryCounters(): Counters {
  const tallies = createTallies();
  return {
    count: async (action, clientKey, at) => {
      const { perClient, overall } = LIMITS[action];
      return { mine: tallies.add(`${action}\n${clientKey}`, perClient, at), everyone: tallies.peek(`${action}\n*`, overall, at) };
    },
    admit: async (action, at) => void tallies.add(`${action}\n*`, LIMITS[action].overall, at),
    spend: async (id, expiresAt, at) => tallies.once(`proof\n${id}`, expiresAt, at),
  };
}

const SHARED = Symbol.for('zanbala.rateLimitCounts');

/**
 * The counts of this process, kept on globalThis: a new build the running server picks up
 * (src/server/live-build.ts) loads this module again, and must not start every count afresh.
 */
export function processCounters(): Counters {
  const holder = globalThis as { [SHARED]?: Counters };
  return (holder[SHARED] ??= memoryCounters());
}
