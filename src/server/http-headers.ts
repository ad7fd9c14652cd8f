/**
 * The HTTP headers every response gets, static files included, decided by path alone. The
 * server in scripts/start.mjs applies them before Astro answers, so prerendered pages and
 * on-demand routes share one policy. Imported by plain Node (type stripping): keep imports
 * explicit with `.ts` and the file free of TypeScript-only runtime syntax.
 */

export type HeaderRule = {
  /** What the rule is for, in a few words (shown by tests when a header is wrong). */
  name: string;
  applies: (pathname: string) => boolean;
  headers: Record<string, string>;
};

/** Help and case pages in either language: `/kk/help/…`, `/ru/help/…`. */
const isHelpPath = (pathname: string) => /^\/(kk|ru)\/help(\/|$)/.test(pathname);
const isApiPath = (pathname: string) => pathname.startsWith('/api/');
/** The regional offices' inbox. */
const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/');

/**
 * The inbox runs no script and loads nothing from elsewhere, so its policy allows only our own
 * styles and images; Astro inlines small stylesheets, hence 'unsafe-inline' for styles alone.
 * It replaces the global policy, so it repeats `frame-ancestors 'none'`.
 */
export const ADMIN_CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Applied in order; a later rule overrides a header an earlier one set. */
export const HEADER_RULES: HeaderRule[] = [
  {
    name: 'every response',
    applies: () => true,
    headers: {
      'X-Content-Type-Options': 'nosniff',
      // No page of ours tells another site which lesson or help page a child came from.
      'Referrer-Policy': 'no-referrer',
      // Only the iframe variant of the widget may be framed; everything else refuses it.
      'Content-Security-Policy': "frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    },
  },
  {
    // Promise 1 and 4 of DESIGN.md: a report or a case must not linger in a shared browser's cache.
    name: 'help pages and the report API',
    applies: (pathname) => isHelpPath(pathname) || isApiPath(pathname),
    headers: { 'Cache-Control': 'no-store' },
  },
  {
    // Cases, notes and the audit log must not stay in a shared office computer's cache.
    name: 'the offices\' inbox',
    applies: isAdminPath,
    headers: { 'Cache-Control': 'no-store', 'Content-Security-Policy': ADMIN_CSP },
  },
];

/** The headers a response to `pathname` carries. */
export function headersFor(pathname: string, rules: HeaderRule[] = HEADER_RULES): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (rule.applies(pathname)) Object.assign(headers, rule.headers);
  }
  return headers;
}
