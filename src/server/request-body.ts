/**
 * Reads the body of a form or API request: JSON or an HTML form, no larger than the longest valid
 * one. Anything else is refused with the status the API contract names, before a byte of it is
 * stored.
 */
import { FORM_FIELDS } from '../lib/report.ts';

/**
 * Bytes one UTF-16 code unit of text can take: UTF-8 needs at most 3 for one unit (4 for a
 * surrogate pair of two), and url-encoding writes each byte as `%XX`: 9 in a form. In JSON the
 * worst is the escape `\uXXXX`: 6. A Kazakh or Russian letter takes 6 and 2 (or 6 escaped).
 */
const FORM_BYTES_PER_UNIT = 9;
const JSON_BYTES_PER_UNIT = 6;
/** Per JSON field: the quotes, colon, comma and a little white space around them. */
const JSON_FIELD_OVERHEAD = 16;

export interface BodyLimits {
  /** `application/x-www-form-urlencoded`, as a browser sends a form. */
  form: number;
  json: number;
}

/** The limits of a form whose fields hold at most these many characters each (FORM_FIELDS). */
export function bodyLimits(fields: Readonly<Record<string, number>>): BodyLimits {
  let form = 0;
  let json = 2;
  for (const [name, max] of Object.entries(fields)) {
    form += name.length + 2 + max * FORM_BYTES_PER_UNIT;
    json += name.length + JSON_FIELD_OVERHEAD + max * JSON_BYTES_PER_UNIT;
  }
  return { form, json };
}

export const LIMITS = {
  report: bodyLimits(FORM_FIELDS.report),
  case: bodyLimits(FORM_FIELDS.case),
  office: bodyLimits(FORM_FIELDS.office),
} as const;

export type BodyResult =
  | { ok: true; fields: Record<string, unknown> }
  | {
      ok: false;
      status: 400 | 413 | 415;
      code: string;
      message: string;
      /** Of a form too large: the fields as far as they were read, the last one cut, so what was typed is not lost. */
      partial?: Record<string, string>;
    };

type Read = { text: string; complete: boolean } | { aborted: true };

/** The body as text up to `limit` bytes; `complete` says whether that was all of it (the rest is not read). */
async function readLimited(request: Request, limit: number): Promise<Read> {
  if (!request.body) return { text: '', complete: true };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let complete = true;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (size + value.byteLength > limit) {
        chunks.push(value.subarray(0, limit - size));
        complete = false;
        await reader.cancel();
        break;
      }
      size += value.byteLength;
      chunks.push(value);
    }
  } catch {
    // The client went away mid-upload: nobody is left to answer, and nothing of it is kept. The
    // server logs it when the connection closes (src/server/cut-off.ts), not here, which a
    // route may reach long after, or never.
    return { aborted: true };
  }
  return { text: Buffer.concat(chunks).toString('utf8'), complete };
}

/** A form's fields from the first part of its body, the last field cut where the reading stopped. */
function partialForm(prefix: string): Record<string, string> {
  // A `%X` cut in half is no escape; a letter cut in half decodes to U+FFFD, dropped too.
  const fields = Object.fromEntries(new URLSearchParams(prefix.replace(/%[0-9A-Fa-f]?$/, '')));
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, value.replace(/\uFFFD+$/, '')]));
}

export async function readBody(request: Request, limits: BodyLimits): Promise<BodyResult> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const isJson = type === 'application/json';
  if (!isJson && type !== 'application/x-www-form-urlencoded') {
    return { ok: false, status: 415, code: 'unsupported-media-type', message: 'Send application/json or application/x-www-form-urlencoded' };
  }
  const limit = isJson ? limits.json : limits.form;
  const tooLarge = { ok: false, status: 413, code: 'too-large', message: `The body is over ${limit} bytes` } as const;
  // A JSON body over the limit is refused unread; a form's first part is read, to give back what was typed.
  if (isJson && Number(request.headers.get('content-length') ?? 0) > limit) return tooLarge;
  const read = await readLimited(request, limit);
  if ('aborted' in read) return { ok: false, status: 400, code: 'aborted', message: 'The body was cut off' };
  if (!isJson) {
    if (!read.complete) return { ...tooLarge, partial: partialForm(read.text) };
    return { ok: true, fields: Object.fromEntries(new URLSearchParams(read.text)) };
  }
  if (!read.complete) return tooLarge;
  try {
    const parsed: unknown = JSON.parse(read.text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return { ok: true, fields: parsed as Record<string, unknown> };
    return { ok: false, status: 400, code: 'invalid-json', message: 'The body must be a JSON object' };
  } catch {
    return { ok: false, status: 400, code: 'invalid-json', message: 'The body is not valid JSON' };
  }
}
