/**
 * `POST /api/hits`: counts one page view, written within seconds (hit-buffer.ts). The request is read for its path, lang,
 * source and region and then forgotten: its address only keys the rate limit (hashed there), its
 * user agent only tells a crawler or a link preview from a person, and neither is kept.
 */
import { timingSafeEqual } from 'node:crypto';
import { isbot } from 'isbot';
import { almatyDay, HIT_BODY_LIMIT_BYTES, hitSchema } from '../../lib/reach.ts';
import { apiError, rateLimited, type ApiAnswer } from '../api-response.ts';
import type { ApiRequest } from '../report-api.ts';
import { getServices } from '../services.ts';
import { createHitBuffer } from './hit-buffer.ts';

/** What the build knows that a hit is checked against (src/server/api/site-data.ts). */
export interface HitTargets {
  publicPaths: ReadonlySet<string>;
  regionIds: readonly string[];
  /** The widget's signature of this build (src/integrations/widget-bundle.ts). */
  widgetToken?: string | undefined;
}

/** sendBeacon sends a string as text/plain, so both it and JSON are read as JSON. */
const ACCEPTED_TYPES = new Set(['text/plain', 'application/json']);

const counted = (): ApiAnswer => ({ status: 204 });

let buffer: ReturnType<typeof createHitBuffer> | undefined;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function signedByWidget(token: string | undefined, expected: string | undefined): boolean {
  if (!token || !expected || token.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(token), Buffer.from(expected));
}

export async function postHit(request: ApiRequest, targets: HitTargets, now = new Date()): Promise<ApiAnswer> {
  const services = await getServices();
  // Per network first: a refused hit is counted nowhere else, and never in the overall ceilings.
  for (const action of ['hitNetworks', 'hits'] as const) {
    const verdict = await services.limit(action, request.clientAddress);
    if (!verdict.allowed) return rateLimited(verdict.retryAfterSeconds);
  }
  const type = (request.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!ACCEPTED_TYPES.has(type)) return apiError(415, 'unsupported-media-type', 'Send the hit as JSON (application/json or text/plain)');
  const tooLarge = apiError(413, 'too-large', `The body is over ${HIT_BODY_LIMIT_BYTES} bytes`);
  if (Number(request.header('content-length') ?? 0) > HIT_BODY_LIMIT_BYTES) return tooLarge;
  const read = await request.body.read(HIT_BODY_LIMIT_BYTES);
  if ('aborted' in read) return apiError(400, 'aborted', 'The body was cut off');
  if (!read.complete) return tooLarge;
  const parsed = hitSchema.safeParse(parseJson(read.text));
  if (!parsed.success) return apiError(400, 'invalid', 'A hit is {"path", "lang", "source", "region"?}');
  const { token, ...hit } = parsed.data;
  // Only what lives in other sites' pages is counted from them: the widget, and the iframe
  // variant, whose page a school may sandbox into an opaque origin. Anything else must come from ours.
  const fetchSite = request.header('sec-fetch-site');
  const embedded = hit.source === 'widget' || hit.source === 'iframe';
  if (!embedded && fetchSite && fetchSite !== 'same-origin') return apiError(403, 'cross-origin', 'Only the widget and the iframe count from other sites');
  if (!targets.publicPaths.has(hit.path)) return apiError(400, 'unknown-path', 'The path is not a page of the site');
  if (hit.region && !targets.regionIds.includes(hit.region)) return apiError(400, 'unknown-region', 'The region is not one of the offices');
  // Crawlers and link previews are answered like anyone else, but not counted; so is a widget
  // view without the widget's signature, which anyone could send from anywhere.
  if (isbot(request.header('user-agent'))) return counted();
  if (hit.source === 'widget' && !signedByWidget(token, targets.widgetToken)) return counted();
  buffer ??= createHitBuffer(services.office.pageViews);
  buffer.count(hit, almatyDay(now));
  return counted();
}
