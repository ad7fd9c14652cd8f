/**
 * The rules every text a child or an office types follows, whatever the field: one Unicode form
 * (NFC), no control characters, and a length that counts what the reader sees. Errors are keys
 * (`required`, `tooShort`, `tooLong`, `controlCharacters`), which each form turns into words.
 */
import { z } from 'zod';

/**
 * Invisible format characters (zero-width spaces and joiners, direction marks and overrides, the
 * byte-order mark, soft hyphens): they take no room on the screen, so they count for nothing
 * towards a text's minimum length. The maximum counts every character, so the longest valid
 * form has a known size in bytes (src/server/request-body.ts).
 */
const INVISIBLE = /\p{Cf}/gu;
/** Control characters no text needs (NUL, escape, C1 codes…); newline and tab are text. */
const CONTROL = /(?![\n\t])\p{Cc}/u;
/**
 * Direction marks, embeddings, overrides and isolates: U+202E turns «Орал» into «ларО» on the
 * page and in a spreadsheet. A place or an office's note in Kazakh or Russian never needs them,
 * and they are refused there; a child's message keeps them, as it may quote any script.
 */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** How long a text looks: its characters without the invisible ones and the surrounding spaces. */
export const visibleLength = (value: string) => value.replace(INVISIBLE, '').trim().length;

/**
 * A typed text as it is stored: one Unicode form (NFC, so "ә" typed two ways is one text to
 * search and count), one kind of line break, no surrounding spaces.
 */
export const normalizeText = (value: string) => value.normalize('NFC').replace(/\r\n?/g, '\n').trim();

/** A one-line text as it is stored: NFC, and any run of spaces, tabs or line breaks one space. */
export const normalizeLine = (value: string) =>
  value
    .normalize('NFC')
    .replace(/[ \t\n\r\f\v\u00A0]+/g, ' ')
    .trim();

interface TextOptions {
  /** One line (a settlement, a landmark, an addressee): line breaks become spaces. */
  line?: boolean;
  /** Refuse direction controls too (see BIDI). */
  noBidi?: boolean;
}

/** The schema of a typed text of `min` to `max` characters, under the rules above. */
export function typedText(min: number, max: number, { line = false, noBidi = false }: TextOptions = {}) {
  return z
    .string({ error: 'required' })
    .transform(line ? normalizeLine : normalizeText)
    .pipe(
      // No check aborts: each field shows its first error (fieldErrors), and the checks across
      // fields (a Safe region change's required ones) still run, so a form says all that is wrong.
      z
        .string()
        // A lone surrogate is no character at all; the databases would store a replacement or refuse.
        .refine((value) => value.isWellFormed() && !CONTROL.test(value) && !(noBidi && BIDI.test(value)), { error: 'controlCharacters' })
        .refine((value) => visibleLength(value) > 0, { error: 'required' })
        .refine((value) => visibleLength(value) >= min, { error: 'tooShort' })
        .max(max, { error: 'tooLong' }),
    );
}

/** An optional typed text: empty, or only spaces, means "not given". */
export function optionalTypedText(min: number, max: number, options: TextOptions = {}) {
  return z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value),
    typedText(min, max, options).optional(),
  );
}
