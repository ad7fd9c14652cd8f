/**
 * The Safe region register: an unsafe place a student reported, and what the regional
 * office did about it, `reported` → `passed-to-akimat` → `fixed` (or `rejected`). The public
 * pages show only what the office wrote for the public, the settlement, the kind and the month.
 */
import { z } from 'zod';

/** What is wrong with the place. */
export const PLACE_KINDS = ['no-light', 'abandoned-building', 'dangerous-crossing', 'no-sidewalk', 'stray-dogs', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Where a place stands in the register. */
export const PLACE_STATUSES = ['reported', 'passed-to-akimat', 'fixed', 'rejected'] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];

export const SETTLEMENT_MAX = 100;
export const LANDMARK_MAX = 300;
export const ADDRESSEE_MAX = 200;
export const PUBLIC_NOTE_MIN = 10;
export const PUBLIC_NOTE_MAX = 500;

/** The form's flat field names of a place, and the keys of `place` in JSON. */
export const PLACE_FIELDS = { settlement: 'place.settlement', landmark: 'place.landmark', kind: 'place.kind' } as const;

const trimmed = (min: number, max: number) =>
  z
    .string({ error: 'required' })
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(min, { error: min > 1 ? 'tooShort' : 'required' })
        .max(max, { error: 'tooLong' }),
    );

/** A place in a report: the town or village, a landmark to find it by, and what is wrong. */
export const placeSchema = z.object({
  /** The town or village, e.g. «Орал» or «Переметное». */
  settlement: trimmed(2, SETTLEMENT_MAX),
  /** How to find the spot: a street, a school, a bus stop. */
  landmark: trimmed(3, LANDMARK_MAX),
  kind: z.enum(PLACE_KINDS, { error: 'unknownPlaceKind' }),
});
export type Place = z.output<typeof placeSchema>;

/**
 * A form sends a place as three flat fields (`place.settlement`, …) and JSON as an object; both
 * become the object, and three empty fields mean no place at all.
 */
export function foldPlaceFields(fields: unknown): unknown {
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return fields;
  const record = { ...(fields as Record<string, unknown>) };
  const flat = Object.values(PLACE_FIELDS).filter((name) => name in record);
  if (flat.length > 0 && record['place'] === undefined) {
    const place = Object.fromEntries(Object.entries(PLACE_FIELDS).map(([key, name]) => [key, record[name]]));
    const empty = Object.values(place).every((value) => value === undefined || (typeof value === 'string' && value.trim() === ''));
    if (!empty) record['place'] = place;
  }
  for (const name of flat) delete record[name];
  return record;
}

/** Today's date in the form's `YYYY-MM-DD`. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the moderator sends from `form[data-safe-region]`. */
export const placeChangeSchema = z
  .object({
    status: z.enum(PLACE_STATUSES, { error: 'unknownStatus' }),
    addressee: z
      .string()
      .optional()
      .transform((value) => value?.replace(/\s+/g, ' ').trim().slice(0, ADDRESSEE_MAX) || undefined),
    passedOn: z
      .string()
      .optional()
      .transform((value) => value?.trim() || undefined)
      .refine((value) => value === undefined || (DATE.test(value) && !Number.isNaN(Date.parse(value))), { error: 'badDate' }),
    publicNoteKk: z
      .string()
      .optional()
      .transform((value) => value?.replace(/\r\n?/g, '\n').trim() || undefined),
    publicNoteRu: z
      .string()
      .optional()
      .transform((value) => value?.replace(/\r\n?/g, '\n').trim() || undefined),
  })
  .superRefine((change, context) => {
    if (change.status === 'passed-to-akimat' || change.status === 'fixed') {
      if (!change.addressee) context.addIssue({ code: 'custom', path: ['addressee'], message: 'required' });
      if (!change.passedOn) context.addIssue({ code: 'custom', path: ['passedOn'], message: 'required' });
    }
    if (change.status === 'fixed') {
      for (const field of ['publicNoteKk', 'publicNoteRu'] as const) {
        const note = change[field];
        if (!note) context.addIssue({ code: 'custom', path: [field], message: 'required' });
        else if (note.length < PUBLIC_NOTE_MIN) context.addIssue({ code: 'custom', path: [field], message: 'tooShort' });
        else if (note.length > PUBLIC_NOTE_MAX) context.addIssue({ code: 'custom', path: [field], message: 'tooLong' });
      }
    }
  });
export type PlaceChange = z.output<typeof placeChangeSchema>;

/** Whole days from `from` to `now`: a place's age in the register. */
export function ageInDays(from: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - from.getTime()) / 86_400_000));
}
