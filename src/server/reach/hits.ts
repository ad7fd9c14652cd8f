/**
 * `POST /api/hits`: counts one page view (issue 13), written within seconds (hit-buffer.ts). The request is read for its path, lang,
 * source and region and then forgotten: its address only keys the rate limit (hashed there), its
 * user agent only tells a crawler or a link preview from a person, and neither is kept.
 */
import { isbot } from 'isbot';
import { almatyDay, HIT_BODY_LIMIT_BYTES, hitSchema } from '../../lib/reach.ts';
import { publicPages, regionIds } from '../../site/page-paths.ts';
import { apiError } from '../api-response.ts';
import { getServices } from '../services.ts';
import { createHitBuffer } from './hit-buffer.ts';

interface HitRequest {
  request: Request;
  clientAddress: string | undefined;
}

/** sendBeacon sends a string as text/plain, so both it and JSON are read as JSON. */
const ACCEPTED_TYPES = new Set(['text/plain', 'application/json']);

const counted = () => new Response(null, { status: 204 });

let buffer: ReturnType<typeof createHitBuffer> | undefined;

/** The body as text, or undefined once it passes the limit (the rest is not read). */
async function readSmall(request: Request): Promise<string | undefined> {
  if (Number(request.headers.get('content-length') ?? 0) > HIT_BODY_LIMIT_BYTES) return undefined;
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks).toString('utf8');
    size += value.byteLength;
    if (size > HIT_BODY_LIMIT_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function postHit({ request, clientAddress }: HitRequest, now = new Date()): Promise<Response> {
  const services = await getServices();
  const verdict = await services.limit('hits', clientAddress);
  if (!verdict.allowed) {
    return apiError(429, 'rate-limited', 'Too many requests; try again later', { headers: { 'Retry-After': String(verdict.retryAfterSeconds) } });
  }
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!ACCEPTED_TYPES.has(type)) return apiError(415, 'unsupported-media-type', 'Send the hit as JSON (application/json or text/plain)');
  const text = await readSmall(request);
  if (text === undefined) return apiError(413, 'too-large', `The body is over ${HIT_BODY_LIMIT_BYTES} bytes`);
  const parsed = hitSchema.safeParse(parseJson(text));
  if (!parsed.success) return apiError(400, 'invalid', 'A hit is {"path", "lang", "source", "region"?}');
  const hit = parsed.data;
  // Only the widget is counted from other sites' pages; anything else must come from ours.
  const fetchSite = request.headers.get('sec-fetch-site');
  if (hit.source !== 'widget' && fetchSite && fetchSite !== 'same-origin') return apiError(403, 'cross-origin', 'Only the widget counts from other sites');
  if (!(await publicPages()).has(hit.path)) return apiError(400, 'unknown-path', 'The path is not a page of the site');
  if (hit.region && !(await regionIds()).includes(hit.region)) return apiError(400, 'unknown-region', 'The region is not one of the offices');
  // Crawlers and link previews are answered like anyone else, but not counted.
  if (isbot(request.headers.get('user-agent'))) return counted();
  buffer ??= createHitBuffer(services.office.pageViews);
  buffer.count(hit, almatyDay(now));
  return counted();
}
