/**
 * Post/redirect/get for the help and case pages: the answer to a form that did something is a
 * 303 to the page of its one-time view, with the view's token in a cookie for that page alone.
 */
import { isPublicHttps } from '../client-address.ts';
import { clearedViewCookie, viewCookie } from './one-time-view.ts';

/** What a page knows of the request: Astro's context has all of it. */
export interface RequestSide {
  request: Request;
  url: URL;
  site?: URL | undefined;
}

/**
 * Whether cookies must be Secure: the request came over TLS, SITE_URL is https, or a trusted
 * proxy said the visitor used https (src/server/forwarded.ts).
 */
export const secureCookies = ({ request, url, site }: RequestSide): boolean =>
  isPublicHttps(request) || url.protocol === 'https:' || site?.protocol === 'https:';

/** 303 to the view's page, carrying its token in a cookie scoped to that path. */
export function redirectToView(side: RequestSide, path: string, token: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, 'Set-Cookie': viewCookie(path, token, secureCookies(side)) } });
}

/** The header that deletes the view's cookie once its page has been shown (or found closed). */
export const clearViewCookie = (side: RequestSide, path: string): string => clearedViewCookie(path, secureCookies(side));
