/** JSON responses of the report API, errors in the one shape DESIGN.md gives. */

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

/** `{"error": {"code", "message", "fields"?}}` with the given status. */
export function apiError(
  status: number,
  code: string,
  message: string,
  { fields, headers }: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
): Response {
  return json(status, { error: { code, message, ...(fields ? { fields } : {}) } }, headers);
}

/** Every API route answers only POST. */
export const methodNotAllowed = () =>
  apiError(405, 'method-not-allowed', 'Use POST', { headers: { Allow: 'POST' } });

/** 503 while the database is unreachable or full: the request may be sent again as it is. */
export const apiUnavailable = (retryAfterSeconds: number) =>
  apiError(503, 'unavailable', 'The database is unavailable for a moment; nothing was stored. Send the same request again later.', {
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
