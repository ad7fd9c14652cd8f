/**
 * Reads the body of a form or API request: JSON or an HTML form, no larger than the longest valid
 * one. Anything else is refused with the status the API contract names, before a byte of it is
 * stored.
 */
import type { IncomingMessage } from 'node:http';
import { FORM_FIELDS } from '../lib/report.ts';
import { PROOF_FIELD, PROOF_MAX } from './limits/proof-field.ts';

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
  // Both may carry a proof of work past a rate limit (src/server/limits/proof-field.ts).
  report: bodyLimits({ ...FORM_FIELDS.report, [PROOF_FIELD]: PROOF_MAX }),
  case: bodyLimits({ ...FORM_FIELDS.case, [PROOF_FIELD]: PROOF_MAX }),
  office: bodyLimits(FORM_FIELDS.office),
  profile: bodyLimits(FORM_FIELDS.profile),
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

/**
 * Where a body comes from: a web `Request` (the pages, through Astro) or a `node:http` request
 * (the API, answered in front of Astro by src/server/api/). Only the reading differs.
 */
export interface BodySource {
  /** The `Content-Type` and `Content-Length` headers, as sent. */
  header(name: 'content-type' | 'content-length'): string | undefined;
  /** The body as text up to `limit` bytes; `complete` says whether that was all of it (the rest is not kept). */
  read(limit: number): Promise<Read>;
}

// The client went away mid-upload: nobody is left to answer, and nothing of it is kept. The
// server logs it when the connection closes (src/server/cut-off.ts), not here, which a route
// may reach long after, or never.
const cutOff = (): Read => ({ aborted: true });

async function readWeb(request: Request, limit: number): Promise<Read> {
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
    return cutOff();
  }
  return { text: Buffer.concat(chunks).toString('utf8'), complete };
}

export const bodyOfRequest = (request: Request): BodySource => ({
  header: (name) => request.headers.get(name) ?? undefined,
  read: (limit) => readWeb(request, limit),
});

function readNode(request: IncomingMessage, limit: number): Promise<Read> {
  // Gone while the request waited for its turn (a busy server): its 'close' has been and gone.
  if (request.destroyed) return Promise.resolve(cutOff());
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (read: Read) => {
      request.off('data', onData).off('end', onEnd).off('close', onClose);
      resolve(read);
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.byteLength <= limit) {
        size += chunk.byteLength;
        chunks.push(chunk);
        return;
      }
      chunks.push(chunk.subarray(0, limit - size));
      // The rest is let through unread, so the answer reaches a client still sending.
      request.resume();
      finish({ text: Buffer.concat(chunks).toString('utf8'), complete: false });
    };
    const onEnd = () => finish({ text: Buffer.concat(chunks).toString('utf8'), complete: true });
    const onClose = () => finish(cutOff());
    request.on('data', onData).once('end', onEnd).once('close', onClose);
  });
}

export function bodyOfIncoming(request: IncomingMessage): BodySource {
  return {
    header: (name) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    read: (limit) => readNode(request, limit),
  };
}

/** A form's fields from the first part of its body, the last field cut where the reading stopped. */
function partialForm(prefix: string): Record<string, string> {
  // A `%X` cut in half is no escape; a letter cut in half decodes to U+FFFD, dropped too.
  const fields = Object.fromEntries(new URLSearchParams(prefix.replace(/%[0-9A-Fa-f]?$/, '')));
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, value.replace(/\uFFFD+$/, '')]));
}

export async function readBody(from: Request | BodySource, limits: BodyLimits): Promise<BodyResult> {
  const source = from instanceof Request ? bodyOfRequest(from) : from;
  const type = (source.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const isJson = type === 'application/json';
  if (!isJson && type !== 'application/x-www-form-urlencoded') {
    return { ok: false, status: 415, code: 'unsupported-media-type', message: 'Send application/json or application/x-www-form-urlencoded' };
  }
  const limit = isJson ? limits.json : limits.form;
  const tooLarge = { ok: false, status: 413, code: 'too-large', message: `The body is over ${limit} bytes` } as const;
  // A JSON body over the limit is refused unread; a form's first part is read, to give back what was typed.
  if (isJson && Number(source.header('content-length') ?? 0) > limit) return tooLarge;
  const read = await source.read(limit);
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
