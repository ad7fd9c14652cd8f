/**
 * The steps every request that writes takes before it does anything, in this order: the body (its
 * type and size, src/server/request-body.ts), the rate limit, then the schema. The body is read
 * before the limit so that a request over the limit can be given back whole: what a child typed
 * comes back into the form with the proof of work that lets it through (docs/privacy.md). The API,
 * the help form and the case page each turn the outcome into their own answer: JSON, or the form
 * again with what was typed.
 */
import type { z } from 'zod';
import { fieldErrors } from '../lib/report.ts';
import type { LimitedAction, Verdict } from './rate-limit.ts';
import { PROOF_FIELD } from './limits/proof-field.ts';
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
  | {
      ok: false;
      step: 'limit';
      retryAfterSeconds: number;
      /** The ALTCHA challenge that lets the request through once solved. */
      challenge?: unknown;
      /** What was sent, to give back. */
      fields: Record<string, unknown>;
    }
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
  /** The ALTCHA payload of a request that sends it in a header (the API's `X-Altcha`). */
  proofHeader?: string | undefined;
}

/**
 * `services` is undefined while the database cannot be opened: a page with a form still reads
 * what was typed, to give it back, and the limits count again once the services are there.
 */
export async function accept<S extends z.ZodType>(
  body: Request | BodySource,
  clientAddress: string | undefined,
  services: Services | undefined,
  { action, limits, schema, proofHeader }: AcceptRules<S>,
): Promise<Accepted<z.output<S>>> {
  const read = await readBody(body, limits);
  if (!read.ok) return { step: 'body', ...read };
  const { [PROOF_FIELD]: proofField, ...fields } = read.fields;
  const proof = proofHeader ?? (typeof proofField === 'string' ? proofField : undefined);
  const verdict = await services?.limit(action, clientAddress, proof);
  if (verdict && !verdict.allowed) {
    return { ok: false, step: 'limit', retryAfterSeconds: verdict.retryAfterSeconds, challenge: verdict.challenge, fields };
  }
  const parsed = schema.safeParse(fields);
  if (!parsed.success) return { ok: false, step: 'schema', fields, errors: fieldErrors(parsed.error) };
  return { ok: true, data: parsed.data, fields, client: standing(verdict) };
}
