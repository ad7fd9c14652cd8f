/**
 * The HTTP headers every response gets, static files included, decided by path alone. The
 * server in scripts/start.mjs applies them before Astro answers, so prerendered pages and
 * on-demand routes share one policy. Imported by plain Node (type stripping): keep imports
 * explicit with `.ts` and the file free of TypeScript-only runtime syntax.
 */
import type { ServerResponse } from 'node:http';
import { embedScriptPath, isAdminPath, serviceWorkerPath, serviceWorkerRegistrationPath, widgetScriptPath } from '../lib/paths.ts';
import { headerPolicy } from '../lib/csp.ts';

export type HeaderRule = {
  /** What the rule is for, in a few words (shown by tests when a header is wrong). */
  name: string;
  applies: (pathname: string) => boolean;
  headers: Record<string, string>;
  /** Headers an earlier rule set that this path must not carry. */
  remove?: string[];
  /** Adds the Cache-Control that CACHE_POLICY gives the path. */
  cacheControl?: true;
};

/**
 * Who may frame the iframe variant of the widget when `EMBED_ALLOWED_ORIGINS` is unset: our own
 * pages (the schools page) and Kundelik. A school site is added by listing its origin.
 */
export const DEFAULT_EMBED_ALLOWED_ORIGINS = "'self' https://kundelik.kz https://*.kundelik.kz";

const SOURCE_PATTERNS = [/^'(self|none)'$/, /^https?:$/, /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i];

/**
 * `EMBED_ALLOWED_ORIGINS` as the sources of `frame-ancestors`: origins such as
 * `https://school.kz`, wildcards such as `https://*.edu.kz`, `https:` for any HTTPS site, `self`
 * or `none`; separated by spaces or commas. Anything else stops the server at start, because a
 * typo here would silently break every embedded iframe or open them to every site.
 */
export function frameAncestors(value: string | undefined): string {
  const sources = (value?.trim() ? value : DEFAULT_EMBED_ALLOWED_ORIGINS)
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((source) => (source === 'self' || source === 'none' ? `'${source}'` : source.replace(/\/$/, '')));
  const wrong = sources.find((source) => !SOURCE_PATTERNS.some((pattern) => pattern.test(source)));
  if (wrong !== undefined) {
    throw new Error(`EMBED_ALLOWED_ORIGINS: "${wrong}" is not an origin (https://school.kz), a wildcard (https://*.edu.kz), https:, self or none`);
  }
  return sources.join(' ');
}

/** Help and case pages in either language: `/kk/help/…`, `/ru/help/…`. */
const isHelpPath = (pathname: string) => /^\/(kk|ru)\/help(\/|$)/.test(pathname);
const isApiPath = (pathname: string) => pathname.startsWith('/api/');
/** What other sites' pages fetch from us: the widget module and its feeds. */
const isWidgetResource = (pathname: string) => pathname === widgetScriptPath || pathname.startsWith('/feeds/');
/** Built assets (the widget's cover images among them) and the widget's own files. */
const isEmbeddable = (pathname: string) => isWidgetResource(pathname) || pathname === embedScriptPath || pathname.startsWith('/_astro/');
const isEmbedPath = (pathname: string) => pathname.startsWith('/embed/');

/**
 * The inbox runs no script and loads nothing from elsewhere, so its policy allows only our own
 * styles and images; Astro inlines small stylesheets, hence 'unsafe-inline' for styles alone.
 * It replaces the global policy, so it repeats `frame-ancestors 'none'`.
 */
const ADMIN_CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const isServiceWorker = (pathname: string) => pathname === serviceWorkerPath || pathname === serviceWorkerRegistrationPath;
/** Pages rendered per request from the database; the public ones change when an office acts. */
const isOnDemandPublicPage = (pathname: string) => /^\/(kk|ru)\/(safe-region|transparency)(\/|$)/.test(pathname);

/**
 * How long a browser or a CDN may keep each kind of answer (docs/operations.md's header table
 * repeats it). Checked in order, the first that applies wins. Public pages and feeds change only
 * with a build: a few minutes fresh, then served stale while a CDN fetches the new one, so a
 * published correction reaches every reader within minutes and a flood of readers still reaches
 * the server a few times per page. What other sites embed keeps an hour and revalidates by ETag.
 */
export const CACHE_POLICY: { name: string; applies: (pathname: string) => boolean; cacheControl: string }[] = [
  // Promise 1 and 4 of docs/design.md: a report or a case must not linger in a shared browser's cache.
  { name: 'help and case pages, the API', applies: (pathname) => isHelpPath(pathname) || isApiPath(pathname), cacheControl: 'no-store' },
  // Cases, notes and the audit log must not stay in a shared office computer's cache.
  { name: "the offices' inbox", applies: isAdminPath, cacheControl: 'no-store' },
  // Read from the database per request: a place marked fixed shows at once, and an answer given
  // while the database is down (503) is never kept by a CDN.
  { name: 'Safe region and transparency pages', applies: isOnDemandPublicPage, cacheControl: 'no-store' },
  // After a build the browser must see the new worker at once, so that it replaces the old one and its cache.
  { name: 'the offline service worker', applies: isServiceWorker, cacheControl: 'no-cache' },
  // Their names carry a hash of their content: a changed file gets a new name.
  { name: 'hashed assets', applies: (pathname) => pathname.startsWith('/_astro/'), cacheControl: 'public, max-age=31536000, immutable' },
  {
    name: 'the widget and the iframe script',
    applies: (pathname) => pathname === widgetScriptPath || pathname === embedScriptPath,
    cacheControl: 'public, max-age=3600, stale-while-revalidate=86400',
  },
  { name: 'lesson pages, feeds and other public files', applies: () => true, cacheControl: 'public, max-age=300, stale-while-revalidate=86400' },
];

/** The Cache-Control of an answer to `pathname`. */
export const cacheControlFor = (pathname: string): string => CACHE_POLICY.find((policy) => policy.applies(pathname))!.cacheControl;

/** The rules for a server started with these environment variables; applied in order. */
export function headerRules(env: Record<string, string | undefined>): HeaderRule[] {
  return [
    {
      name: 'every response',
      applies: () => true,
      headers: {
        'X-Content-Type-Options': 'nosniff',
        // No page of ours tells another site which lesson or help page a child came from.
        'Referrer-Policy': 'no-referrer',
        // Only the iframe variant of the widget may be framed; everything else refuses it. Pages
        // also carry the script and style part of the policy, which Astro writes into each (src/lib/csp.ts).
        'Content-Security-Policy': headerPolicy("'none'"),
        'X-Frame-Options': 'DENY',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
      },
    },
    {
      name: 'how long it may be kept (CACHE_POLICY)',
      applies: () => true,
      headers: {},
      cacheControl: true,
    },
    {
      // A module script and fetch() from another origin are CORS requests; they carry no cookie.
      name: 'the widget and its feeds',
      applies: isWidgetResource,
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
    {
      // A host page isolated with Cross-Origin-Embedder-Policy may load only what says it may be
      // loaded cross-origin; these are public files that carry nothing about anyone.
      name: 'what a school site loads from us',
      applies: isEmbeddable,
      headers: { 'Cross-Origin-Resource-Policy': 'cross-origin' },
    },
    {
      // X-Frame-Options cannot name several sites, and browsers prefer frame-ancestors anyway.
      name: 'the iframe variant of the widget',
      applies: isEmbedPath,
      headers: { 'Content-Security-Policy': headerPolicy(frameAncestors(env['EMBED_ALLOWED_ORIGINS'])) },
      remove: ['X-Frame-Options'],
    },
    {
      // Cases, notes and the audit log must not stay in a shared office computer's cache.
      name: "the offices' inbox",
      applies: isAdminPath,
      headers: { 'Content-Security-Policy': ADMIN_CSP },
    },
  ];
}

/** The rules of this server; a later rule overrides a header an earlier one set. */
const HEADER_RULES: HeaderRule[] = headerRules(process.env);

/** The headers a response to `pathname` carries. */
export function headersFor(pathname: string, rules: HeaderRule[] = HEADER_RULES): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.applies(pathname)) continue;
    Object.assign(headers, rule.headers);
    if (rule.cacheControl) headers['Cache-Control'] = cacheControlFor(pathname);
    for (const name of rule.remove ?? []) delete headers[name];
  }
  return headers;
}

/**
 * On-demand pages get their script and style hashes from Astro as a Content-Security-Policy
 * header, which would replace ours (and with it frame-ancestors). Browsers enforce every policy
 * they receive, so both are sent: ours and Astro's, as two headers.
 */
export function keepOwnPolicy(response: ServerResponse, ours: string | undefined): void {
  if (!ours) return;
  // Astro's policy may arrive by setHeader too: the compression step applies writeHead's headers
  // that way before the writeHead below sees them.
  const setHeader = response.setHeader;
  response.setHeader = function (this: ServerResponse, name: string, value: number | string | readonly string[]) {
    const theirs = Array.isArray(value) ? value.map(String) : [String(value)];
    if (name.toLowerCase() === 'content-security-policy' && !theirs.includes(ours)) return setHeader.call(this, name, [ours, ...theirs]);
    return setHeader.call(this, name, value);
  } as ServerResponse['setHeader'];
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const headers = rest.find((argument) => typeof argument === 'object' && argument !== null && !Array.isArray(argument)) as
      Record<string, unknown> | undefined;
    const name = headers && Object.keys(headers).find((key) => key.toLowerCase() === 'content-security-policy');
    if (headers && name && headers[name] !== ours) {
      const theirs = headers[name];
      delete headers[name];
      this.setHeader('Content-Security-Policy', [ours, ...(Array.isArray(theirs) ? theirs : [String(theirs)])]);
    }
    return writeHead.apply(this, [statusCode, ...rest] as Parameters<ServerResponse['writeHead']>);
  } as ServerResponse['writeHead'];
}
