/**
 * The Safe region register: an unsafe place a student reported, and what the regional
 * office did about it, `reported` → `passed-to-akimat` → `fixed` (or `rejected`). The public
 * pages show only what the office wrote for the public, the settlement, the kind and the month.
 */
import { z } from 'zod';
import { optionalTypedText, typedText } from './text-rules.ts';

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
/** The longest value of a choice in a form (a status): anything longer is no status we know. */
const CHOICE_MAX = 64;

/** Every field of `form[data-safe-region]` and the most characters it holds: what its body is sized by. */
export const PLACE_CHANGE_FIELDS = {
  settlement: SETTLEMENT_MAX,
  addressee: ADDRESSEE_MAX,
  passedOn: CHOICE_MAX,
  publicNoteKk: PUBLIC_NOTE_MAX,
  publicNoteRu: PUBLIC_NOTE_MAX,
} as const;

/** A settlement, a landmark and an addressee are one line of plain text, and no direction control. */
const PLACE_TEXT = { line: true, noBidi: true } as const;

/** The form's flat field names of a place, and the keys of `place` in JSON. */
export const PLACE_FIELDS = { settlement: 'place.settlement', landmark: 'place.landmark', kind: 'place.kind' } as const;

/** A place in a report: the town or village, a landmark to find it by, and what is wrong. */
export const placeSchema = z.object({
  /** The town or village, e.g. «Орал» or «Переметное». */
  settlement: typedText(2, SETTLEMENT_MAX, PLACE_TEXT),
  /** How to find the spot: a street, a school, a bus stop. */
  landmark: typedText(3, LANDMARK_MAX, PLACE_TEXT),
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

/**
 * What the moderator sends from `form[data-safe-region]`. `settlement` is the office's own name
 * of the town or village (chosen from the region's list or typed): the only settlement the
 * public page shows, so it is needed once a place is fixed. The child's own words never leave
 * the inbox.
 */
export const placeChangeSchema = z
  .object({
    status: z.enum(PLACE_STATUSES, { error: 'unknownStatus' }),
    settlement: optionalTypedText(2, SETTLEMENT_MAX, PLACE_TEXT),
    addressee: optionalTypedText(2, ADDRESSEE_MAX, PLACE_TEXT),
    passedOn: z
      .string()
      .optional()
      .transform((value) => value?.trim() || undefined)
      .refine((value) => value === undefined || (DATE.test(value) && !Number.isNaN(Date.parse(value))), { error: 'badDate' }),
    publicNoteKk: optionalTypedText(PUBLIC_NOTE_MIN, PUBLIC_NOTE_MAX, { noBidi: true }),
    publicNoteRu: optionalTypedText(PUBLIC_NOTE_MIN, PUBLIC_NOTE_MAX, { noBidi: true }),
  })
  .superRefine(
    (change, context) => {
      const required = (field: 'settlement' | 'addressee' | 'passedOn' | 'publicNoteKk' | 'publicNoteRu') => {
        if (!change[field]) context.addIssue({ code: 'custom', path: [field], message: 'required' });
      };
      if (change.status === 'passed-to-akimat' || change.status === 'fixed') {
        required('addressee');
        required('passedOn');
      }
      if (change.status === 'fixed') {
        required('settlement');
        required('publicNoteKk');
        required('publicNoteRu');
      }
      // Also when a field was refused: the moderator learns everything missing in one go.
    },
    { when: () => true },
  );
export type PlaceChange = z.output<typeof placeChangeSchema>;

/** Whole days from `from` to `now`: a place's age in the register. */
export function ageInDays(from: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - from.getTime()) / 86_400_000));
}
