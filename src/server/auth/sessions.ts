/**
 * Signing in and out of the inbox. The rules (docs/design.md, docs/inbox.md): five wrong passwords
 * from one address lock that address out of that account for 15 minutes, during which even the
 * right password fails from there, and an account that got many wrong passwords answers more
 * slowly (src/server/auth/login-guard.ts); every failure looks the same to the person trying; a session gets a new random id at each login, is stored only as a
 * hash, and ends after 8 hours without a request or 12 hours after its login, whichever comes first.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Lang } from '../../lib/langs.ts';
import type { SessionStore, StoredSession } from '../store/sessions.ts';
import type { StaffUser, UserStore } from '../store/users.ts';
import { DECOY_HASH, verifyPassword } from './password.ts';
import { createLoginGuard, type LoginGuard } from './login-guard.ts';

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const SESSION_IDLE_MS = 8 * 3_600_000;
/** However busy, a session ends 12 hours after its login: a stolen cookie does not live on for days. */
export const SESSION_LIFETIME_MS = 12 * 3_600_000;
/** Writing `last_seen_at` on every click is wasted work; a minute's precision is plenty for 8 hours. */
const TOUCH_EVERY_MS = 60_000;

export interface SignedIn {
  user: StaffUser;
  session: StoredSession;
}

const hasControlCharacter = (value: string) => !value.isWellFormed() || /\p{Cc}/u.test(value);

const newToken = () => randomBytes(32).toString('base64url');
export const hashSessionId = (token: string) => createHash('sha256').update(token).digest('hex');

export function createAuth(
  users: UserStore,
  sessions: SessionStore,
  now: () => Date = () => new Date(),
  guard: LoginGuard = createLoginGuard(() => now().getTime()),
  wait: (ms: number) => Promise<void> = pause,
) {
  return {
    /**
     * The session token to put in the cookie, or undefined: one answer for every kind of failure.
     * `clientKey` is the hashed address of the one trying (`loginKey` of src/server/services.ts).
     */
    async login(name: string, password: string, lang: Lang, clientKey: string): Promise<{ token: string; signedIn: SignedIn } | undefined> {
      const { locked, delayMs } = await guard.check(name, clientKey);
      if (delayMs > 0) await wait(delayMs);
      // No account's name holds a control character (PostgreSQL would refuse a NUL with an error, a 500).
      const user = hasControlCharacter(name) ? undefined : await users.byName(name);
      // The hash is checked even for an unknown, locked or disabled account, so the time taken
      // tells nothing either.
      const matches = await verifyPassword(password, user?.passwordHash ?? DECOY_HASH);
      // Unknown names count too, so a slow answer does not tell which names exist.
      if (!matches && !locked) await guard.failed(name, clientKey);
      if (!user || user.disabled || locked || !matches) return undefined;
      await guard.succeeded(name, clientKey);
      const at = now();
      const token = newToken();
      const session = { idHash: hashSessionId(token), userId: user.id, csrfToken: newToken(), lang };
      await sessions.add(session, at);
      return { token, signedIn: { user, session: { ...session, createdAt: at, lastSeenAt: at } } };
    },

    /** The person a session token belongs to, while the session is alive and the account enabled. */
    async resume(token: string | undefined): Promise<SignedIn | undefined> {
      if (!token) return undefined;
      const idHash = hashSessionId(token);
      const session = await sessions.find(idHash);
      if (!session) return undefined;
      const at = now();
      if (at.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS || at.getTime() - session.createdAt.getTime() > SESSION_LIFETIME_MS) {
        await sessions.remove(idHash);
        return undefined;
      }
      const user = await users.byId(session.userId);
      if (!user || user.disabled) return undefined;
      if (at.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await sessions.touch(idHash, at);
      return { user, session };
    },

    async logout(token: string | undefined): Promise<void> {
      if (token) await sessions.remove(hashSessionId(token));
    },

    /** Drops sessions idle or alive past their limits; run now and then so old rows do not pile up. */
    sweep: () => sessions.removeExpired(new Date(now().getTime() - SESSION_IDLE_MS), new Date(now().getTime() - SESSION_LIFETIME_MS)),
  };
}

export type Auth = ReturnType<typeof createAuth>;
