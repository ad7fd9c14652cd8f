/**
 * `/api/*` answered by plain `node:http`, in front of Astro (scripts/start.mjs): a report pays
 * for no page routing and no static-file probe. The same checks as the pages get from
 * src/middleware.ts come first: POST only, and no state-changing request from another site,
 * except the widget's view beacon (src/server/reach/hits.ts checks its own). A database fault
 * is 503 with `Retry-After`; a sender gone before the commit leaves nothing stored (the signal
 * reaches the store's transaction). Imported by plain Node (type stripping).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hitsPath } from '../../lib/paths.ts';
import { apiError, apiUnavailable, methodNotAllowed, type ApiAnswer } from '../api-response.ts';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable.ts';
import { postHit } from '../reach/hits.ts';
import { postCaseErase, postCaseLookup, postCaseMessage, postReport, type ApiRequest } from '../report-api.ts';
import { bodyOfIncoming } from '../request-body.ts';
import { isSameOriginRequest } from '../same-origin.ts';
import type { LoadedSiteData } from './site-data.ts';

type Route = (request: ApiRequest, site: LoadedSiteData) => Promise<ApiAnswer>;

const ROUTES = new Map<string, Route>([
  ['/api/reports', postReport],
  ['/api/reports/case', postCaseLookup],
  ['/api/reports/case/messages', postCaseMessage],
  ['/api/reports/case/erase', postCaseErase],
  [hitsPath.replace(/\/$/, ''), postHit],
]);

export const isApiPath = (pathname: string) => pathname === '/api' || pathname.startsWith('/api/');

export interface ApiContext {
  /** The client's address as src/server/forwarded.ts worked it out. */
  clientAddress: string;
  /** Whether the visitor came over https. */
  https: boolean;
  /** The public origin the site was built for (SITE_URL). */
  siteOrigin: string | undefined;
  /** The site data of the build in use now. */
  siteData(): LoadedSiteData;
}

function send(response: ServerResponse, { status, body, headers = {} }: ApiAnswer): void {
  // A request timeout (connection-limits.ts) may have answered already.
  if (response.headersSent || response.destroyed) return;
  if (body === undefined) {
    response.writeHead(status, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers }).end(text);
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : value);

function fromOtherSite(request: IncomingMessage, context: ApiContext): boolean {
  const own = `${context.https ? 'https' : 'http'}://${request.headers.host ?? 'localhost'}`;
  const allowed = context.siteOrigin ? [own, context.siteOrigin] : [own];
  return !isSameOriginRequest({ headers: { get: (name) => single(request.headers[name]) ?? null } }, allowed);
}

async function answer(request: IncomingMessage, route: Route, context: ApiContext, signal: AbortSignal): Promise<ApiAnswer> {
  const input: ApiRequest = {
    body: bodyOfIncoming(request),
    header: (name) => single(request.headers[name]),
    clientAddress: context.clientAddress,
    signal,
  };
  try {
    return await route(input, context.siteData());
  } catch (error) {
    // The sender left before a report was committed: it was not stored, and nobody waits for an answer.
    if (error instanceof Error && error.name === 'AbortError' && signal.aborted) return { status: 400 };
    if (isDatabaseUnavailable(error)) return apiUnavailable(RETRY_AFTER_SECONDS);
    console.error(`The API failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    return apiError(500, 'internal', 'Something went wrong on the server; nothing may have been stored. Try again later.');
  }
}

/** Answers one `/api/*` request. */
export function handleApi(request: IncomingMessage, response: ServerResponse, pathname: string, context: ApiContext): void {
  const route = ROUTES.get(pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname);
  if (!route) return send(response, apiError(404, 'not-found', 'No such API endpoint'));
  if (request.method !== 'POST') return send(response, methodNotAllowed());
  if (route !== postHit && fromOtherSite(request, context)) return send(response, apiError(403, 'cross-origin', 'Requests from other sites are refused'));
  const sender = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) sender.abort();
  });
  void answer(request, route, context, sender.signal).then((answered) => send(response, answered));
}
