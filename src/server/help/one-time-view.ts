/**
 * The one-time view: the page a form leads to shows a case code or a conversation once, through a
 * short-lived random token, and never again (promise 8 of docs/design.md).
 *
 * - The token lives only in the student's browser, in a cookie that is HttpOnly, SameSite=Strict,
 *   scoped to the one path of the view, at most ten minutes old, and deleted by the view itself:
 *   no token, code or message is ever in an address, a history entry or a log.
 * - The database keeps a hash of the token, the kind of view, its expiry, and what it shows sealed
 *   (AES-256-GCM) with a key derived from the token: a copy of the database opens no view.
 * - Opening deletes the row, so Back, Reload or a restored tab find nothing and get the closed page.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { Db } from '../db/types.ts';
import type { OneTimeViews } from '../store/one-time-views.ts';

/** A view opens within ten minutes of the post that made it, or never. */
export const VIEW_LIFETIME_MS = 10 * 60_000;
export const VIEW_COOKIE = 'zanbala_view';

export type ViewKind = 'report-sent' | 'case';

/** 256 random bits, URL-safe. */
export const newViewToken = (): string => randomBytes(32).toString('base64url');

const tokenHash = (token: string): string => createHash('sha256').update(`one-time-view\0${token}`).digest('hex');

const sealKey = (token: string): Buffer => Buffer.from(hkdfSync('sha256', token, '', 'zanbala one-time view seal', 32));

/** `payload` as JSON, encrypted and authenticated under the token's key: nonce, tag, text. */
export function sealView(token: string, payload: unknown): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(token), nonce);
  const text = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), text]).toString('base64');
}

/** What `sealView` sealed, or undefined when the token does not open it. */
export function unsealView(token: string, sealed: string): unknown {
  try {
    const bytes = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', sealKey(token), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Expired views are deleted at most this often on the way, so a busy minute costs one DELETE, not one a form. */
const SWEEP_EVERY_MS = 60_000;

export function createOneTimeViewService(views: OneTimeViews, now: () => Date = () => new Date()) {
  let lastSweepAt = -Infinity;
  /** Deletes expired views unless that was done less than a minute ago. */
  async function sweepDue(at: Date): Promise<void> {
    if (at.getTime() - lastSweepAt < SWEEP_EVERY_MS) return;
    lastSweepAt = at.getTime();
    await views.sweep(at);
  }
  return {
    /**
     * Keeps a view of `payload` under `token` for ten minutes; `tx` makes it commit with what it
     * shows (a report, a message). Views already expired are deleted on the way (once a minute).
     */
    async issue(kind: ViewKind, token: string, payload: unknown, tx?: Db): Promise<void> {
      const at = now();
      await views.add(tokenHash(token), { kind, sealed: sealView(token, payload) }, new Date(at.getTime() + VIEW_LIFETIME_MS), tx);
      if (!tx) await sweepDue(at);
    },

    /** What the view of `token` shows, this once; undefined when it was opened, expired or is of another kind. */
    async open(kind: ViewKind, token: string | undefined): Promise<unknown> {
      if (!token) return undefined;
      const taken = await views.take(tokenHash(token), now());
      return taken?.kind === kind ? unsealView(token, taken.sealed) : undefined;
    },

    /** Deletes expired views now: the hourly sweep. */
    sweep: () => views.sweep(now()),

    /** Deletes expired views unless that was done in the last minute: after a view made inside a transaction. */
    sweepSoon: () => sweepDue(now()),
  };
}

export type OneTimeViewService = ReturnType<typeof createOneTimeViewService>;

/** The cookie that carries a view's token to the view's page, and nowhere else. */
export function viewCookie(path: string, token: string, secure: boolean): string {
  return `${VIEW_COOKIE}=${token}; Path=${path}; Max-Age=${VIEW_LIFETIME_MS / 1000}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** Deletes the view's cookie: the page shows once. */
export function clearedViewCookie(path: string, secure: boolean): string {
  return `${VIEW_COOKIE}=; Path=${path}; Max-Age=0; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** The view token a request carries, if any. */
export function viewTokenOf(request: Request): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === VIEW_COOKIE && value && /^[A-Za-z0-9_-]{32,64}$/.test(value)) return value;
  }
  return undefined;
}
