/**
 * The steps every request that writes takes before it does anything, in this order: the rate
 * limit (before a byte of the body is read), the body (its type and size, src/server/request-body.ts),
 * then the schema. The API, the help form and the case page each turn the outcome into their own
 * answer: JSON, or the form again with what was typed.
 */
import type { z } from 'zod';
import { fieldErrors } from '../lib/report.ts';
import type { LimitedAction, Verdict } from './rate-limit.ts';
import { readBody, type BodyLimits, type BodyResult, type BodySource } from './request-body.ts';
import type { Services } from './services.ts';

export type Accepted<T> =
  | {
      ok: true;
      data: T;
      fields: Record<string, unknown>;
      /** What the rate limit knows of the client (rate-limit.ts, Verdict): for the flood watch. */
      client: ClientStanding;
    }
  | { ok: false; step: 'limit'; retryAfterSeconds: number }
  | ({ ok: false; step: 'body' } & Extract<BodyResult, { ok: false }>)
  | { ok: false; step: 'schema'; fields: Record<string, unknown>; errors: Record<string, string> };

/** How many requests the client has made in its window, and whether it is over its limit; unknown when limits are off. */
export interface ClientStanding {
  count?: number | undefined;
  overLimit: boolean;
}

const standing = (verdict: Verdict | undefined): ClientStanding =>
  verdict?.allowed ? { count: verdict.clientCount, overLimit: verdict.overLimit === true } : { overLimit: false };

export interface AcceptRules<S extends z.ZodType> {
  action: LimitedAction;
  limits: BodyLimits;
  schema: S;
}

/**
 * `services` is undefined while the database cannot be opened: a page with a form still reads
 * what was typed, to give it back, and the limits count again once the services are there.
 */
export async function accept<S extends z.ZodType>(
  body: Request | BodySource,
  clientAddress: string | undefined,
  services: Services | undefined,
  { action, limits, schema }: AcceptRules<S>,
): Promise<Accepted<z.output<S>>> {
  const verdict = await services?.limit(action, clientAddress);
  if (verdict && !verdict.allowed) return { ok: false, step: 'limit', retryAfterSeconds: verdict.retryAfterSeconds };
  const read = await readBody(body, limits);
  if (!read.ok) return { step: 'body', ...read };
  const parsed = schema.safeParse(read.fields);
  if (!parsed.success) return { ok: false, step: 'schema', fields: read.fields, errors: fieldErrors(parsed.error) };
  return { ok: true, data: parsed.data, fields: read.fields, client: standing(verdict) };
}
