/**
 * Whether a state-changing request comes from our own pages. Help pages send no referrer, and
 * with that policy browsers send `Origin: null` even for a same-origin form, so the check reads
 * `Sec-Fetch-Site` first and `Origin` only when it names a real origin. A request with neither
 * (curl, a test, a server) is not a browser carrying a child's session and passes.
 */
export function isSameOriginRequest(request: { headers: { get(name: string): string | null } }, allowedOrigins: readonly string[]): boolean {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite) return fetchSite === 'same-origin' || fetchSite === 'none';
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return true;
  return allowedOrigins.includes(origin);
}
