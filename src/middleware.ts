/**
 * Refuses state-changing requests from other sites before any route sees them: JSON for the
 * API, a short page for the help forms. Astro's own `checkOrigin` is off because it would also
 * refuse our own help forms, which browsers send with `Origin: null` under `no-referrer`.
 *
 * Then routes by language as Astro's i18n routing would (astro.config.mjs sets it to manual),
 * except under /admin/: the inbox lives outside the language prefixes (DESIGN.md), and Astro's
 * own routing answers 404 to every page without one.
 */
import { middleware as languageRouting } from 'astro:i18n';
import { defineMiddleware, sequence } from 'astro:middleware';
import { hitsPath, isAdminPath } from './lib/paths';
import { apiError } from './server/api-response';
import { isSameOriginRequest } from './server/same-origin';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameOrigin = defineMiddleware((context, next) => {
  if (SAFE_METHODS.has(context.request.method) || context.isPrerendered) return next();
  // The widget counts its views from schools' pages; the route itself refuses other cross-site hits.
  if (context.url.pathname.startsWith(hitsPath)) return next();
  const allowed = [context.url.origin, ...(context.site ? [context.site.origin] : [])];
  if (isSameOriginRequest(context.request, allowed)) return next();
  if (context.url.pathname.startsWith('/api/')) {
    return apiError(403, 'cross-origin', 'Requests from other sites are refused');
  }
  return new Response('Forbidden: this form can only be sent from the Zanbala site.', {
    status: 403,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
});

const byLanguage = languageRouting({ prefixDefaultLocale: true, redirectToDefaultLocale: true, fallbackType: 'redirect' });

const routing = defineMiddleware((context, next) => (isAdminPath(context.url.pathname) ? next() : byLanguage(context, next)));

export const onRequest = sequence(sameOrigin, routing);
