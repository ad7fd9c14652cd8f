/**
 * The submission key: a random one-time key each form carries in a hidden field, made when the
 * page is rendered. The first post of a key does what the form asks; a second post of the same
 * key (a double tap, Back and "resend", a restored tab) does nothing and lands where the first
 * one did. Only a hash of a used key is stored (src/server/store/submission-keys.ts).
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** The hidden field's name in every form that changes something. */
export const SUBMISSION_KEY_FIELD = 'submissionKey';

/**
 * How long a used key is remembered. A form page may stay open for hours before it is sent; once
 * sent, its post is never a history entry (the answer is a redirect), so a day covers every
 * double tap and retry.
 */
export const SUBMISSION_KEY_LIFETIME_MS = 24 * 3_600_000;

/** 128 random bits, URL-safe. */
export const newSubmissionKey = (): string => randomBytes(16).toString('base64url');

/** A posted key worth looking up: anything else is treated as no key at all. */
export function submissionKeyOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(value) ? value : undefined;
}

/** The stored form of a used key. */
export const submissionKeyHash = (key: string): string => createHash('sha256').update(`submission-key\0${key}`).digest('hex');

/**
 * The one-time view token of a post of `key`: every post of one key gets the same, so whichever
 * of two quick posts the browser follows, it finds the one view the first made, once.
 */
export const viewTokenOfSubmission = (serverKey: Buffer, key: string): string =>
  createHmac('sha256', serverKey).update(`one-time-view\0${key}`).digest('base64url');

/** Thrown inside a store's transaction when the key was used already: it rolls everything back. */
export class DuplicateSubmission extends Error {
  constructor() {
    super('This form was sent already');
    this.name = 'DuplicateSubmission';
  }
}
