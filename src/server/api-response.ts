/**
 * The answers of the report API (src/server/api/), errors in the one shape docs/design.md gives.
 * Plain objects: the API answers in front of Astro and writes them straight to `node:http`.
 */
import { CHALLENGE_HEADER } from './limits/proof-field.ts';

export interface ApiAnswer {
  status: number;
  /** Sent as JSON; none for 204. */
  body?: unknown;
  headers?: Record<string, string>;
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): ApiAnswer => ({ status, body, headers });

/** `{"error": {"code", "message", "fields"?}}` with the given status. */
export function apiError(
  status: number,
  code: string,
  message: string,
  { fields, headers }: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
): ApiAnswer {
  return json(status, { error: { code, message, ...(fields ? { fields } : {}) } }, headers);
}

/** Every API route answers only POST. */
export const methodNotAllowed = () => apiError(405, 'method-not-allowed', 'Use POST', { headers: { Allow: 'POST' } });

/**
 * 429. With a `challenge` (a proof of work lifts the limit, docs/api.md) the challenge goes in
 * `X-Altcha-Challenge`, so the error keeps the one shape of every error.
 */
export function rateLimited(retryAfterSeconds: number, challenge?: unknown): ApiAnswer {
  const headers: Record<string, string> = { 'Retry-After': String(retryAfterSeconds) };
  if (challenge === undefined) return apiError(429, 'rate-limited', 'Too many requests; try again later', { headers });
  headers[CHALLENGE_HEADER] = JSON.stringify(challenge);
  return apiError(429, 'rate-limited', `Too many requests: solve the proof of work in ${CHALLENGE_HEADER} and send it in X-Altcha, or try again later`, {
    headers,
  });
}

/** 503 while the database is unreachable or full: the request may be sent again as it is. */
export const apiUnavailable = (retryAfterSeconds: number) =>
  apiError(503, 'unavailable', 'The database is unavailable for a moment; nothing was stored. Send the same request again later.', {
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
