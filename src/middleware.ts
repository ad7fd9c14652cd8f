/**
 * Refuses state-changing requests from other sites before any route sees them: a short page
 * for the help forms (the API, answered before Astro, has the same check in src/server/api/). Astro's own `checkOrigin` is off because it would also
 * refuse our own help forms, which browsers send with `Origin: null` under `no-referrer`.
 *
 * Then routes by language as Astro's i18n routing would (astro.config.mjs sets it to manual),
 * except under /admin/: the inbox lives outside the language prefixes (docs/design.md), and Astro's
 * own routing answers 404 to every page without one.
 */
import { middleware as languageRouting } from 'astro:i18n';
import { defineMiddleware, sequence } from 'astro:middleware';
import { adminPaths, isAdminPath } from './lib/paths';
import { policyForPage, withPagePolicy } from './lib/page-policy';
import { isDatabaseUnavailable } from './server/db/unavailable';
import { isSameOriginRequest } from './server/same-origin';
import { unavailableResponse } from './server/unavailable-page';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameOrigin = defineMiddleware((context, next) => {
  if (SAFE_METHODS.has(context.request.method) || context.isPrerendered) return next();
  const allowed = [context.url.origin, ...(context.site ? [context.site.origin] : [])];
  if (isSameOriginRequest(context.request, allowed)) return next();
  return new Response('Forbidden: this form can only be sent from the Zanbala site.', {
    status: 403,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
});

const byLanguage = languageRouting({ prefixDefaultLocale: true, redirectToDefaultLocale: true, fallbackType: 'redirect' });

const routing = defineMiddleware((context, next) => (isAdminPath(context.url.pathname) ? next() : byLanguage(context, next)));

/**
 * A database fault a route does not answer itself becomes a 503 with `Retry-After` (a short
 * page), never an empty 500; the fault itself is logged where it happened.
 */
const faults = defineMiddleware(async (context, next) => {
  try {
    return await next();
  } catch (error) {
    // The sender left before a report was committed: it was not stored, and nobody waits for an answer.
    if (error instanceof Error && error.name === 'AbortError' && context.request.signal.aborted) return new Response(null, { status: 400 });
    if (!isDatabaseUnavailable(error)) throw error;
    const { pathname, searchParams } = context.url;
    // The inbox answers in its own layout and language (src/pages/admin/unavailable.astro).
    if (isAdminPath(pathname) && pathname !== adminPaths.unavailable) return context.rewrite(adminPaths.unavailable);
    const lang = pathname.startsWith('/kk/') || searchParams.get('lang') === 'kk' ? 'kk' : 'ru';
    return unavailableResponse(pathname, lang);
  }
});

/**
 * Every page's Content-Security-Policy names only the hashes of its own inline scripts and styles
 * (src/lib/page-policy.ts): the `<meta>` of a prerendered page, the header of one rendered on demand.
 */
const pagePolicy = defineMiddleware(async (context, next) => {
  const response = await next();
  const header = response.headers.get('content-security-policy');
  if (!response.headers.get('content-type')?.startsWith('text/html') || (!context.isPrerendered && !header)) return response;
  const html = await response.text();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  if (header) headers.set('content-security-policy', policyForPage(header, html));
  return new Response(context.isPrerendered ? withPagePolicy(html) : html, { status: response.status, statusText: response.statusText, headers });
});

export const onRequest = sequence(faults, sameOrigin, routing, pagePolicy);
