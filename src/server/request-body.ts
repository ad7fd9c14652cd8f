/**
 * Reads the body of a report request: JSON or an HTML form, at most 16 KB. Anything else is
 * refused with the status the API contract names, before a byte of it is stored.
 */
export const BODY_LIMIT_BYTES = 16 * 1024;

export type BodyResult =
  | { ok: true; fields: Record<string, unknown> }
  | { ok: false; status: 400 | 413 | 415; code: string; message: string };

const tooLarge = { ok: false, status: 413, code: 'too-large', message: `The body is over ${BODY_LIMIT_BYTES / 1024} KB` } as const;

/** The body as text, or undefined once it passes the limit (the rest is not read). */
async function readLimited(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return undefined;
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readBody(request: Request, limit = BODY_LIMIT_BYTES): Promise<BodyResult> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const isJson = type === 'application/json';
  if (!isJson && type !== 'application/x-www-form-urlencoded') {
    return { ok: false, status: 415, code: 'unsupported-media-type', message: 'Send application/json or application/x-www-form-urlencoded' };
  }
  const text = await readLimited(request, limit);
  if (text === undefined) return tooLarge;
  if (!isJson) return { ok: true, fields: Object.fromEntries(new URLSearchParams(text)) };
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return { ok: true, fields: parsed as Record<string, unknown> };
    return { ok: false, status: 400, code: 'invalid-json', message: 'The body must be a JSON object' };
  } catch {
    return { ok: false, status: 400, code: 'invalid-json', message: 'The body is not valid JSON' };
  }
}
