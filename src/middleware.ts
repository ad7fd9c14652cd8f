/**
 * Refuses state-changing requests from other sites before any route sees them: JSON for the
 * API, a short page for the help forms. Astro's own `checkOrigin` is off because it would also
 * refuse our own help forms, which browsers send with `Origin: null` under `no-referrer`.
 */
import { defineMiddleware } from 'astro:middleware';
import { apiError } from './server/api-response';
import { isSameOriginRequest } from './server/same-origin';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const onRequest = defineMiddleware((context, next) => {
  if (SAFE_METHODS.has(context.request.method) || context.isPrerendered) return next();
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
