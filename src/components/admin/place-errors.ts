/**
 * The errors of a refused Safe region form, as the case page lists them: each names its field, says
 * why in the inbox's language, and links to the field.
 */
import type { Translate, UiKey } from '../../i18n';
import { ADDRESSEE_MAX, PUBLIC_NOTE_MAX, PUBLIC_NOTE_MIN, SETTLEMENT_MAX } from '../../lib/safe-region';

/** Each field of `form[data-safe-region]`: its element id, label and length limits. */
export const PLACE_FORM_FIELDS = {
  status: { id: 'place-status', label: 'safeRegion.status', min: 0, max: 0 },
  settlement: { id: 'place-settlement', label: 'safeRegion.officeSettlement', min: 2, max: SETTLEMENT_MAX },
  addressee: { id: 'place-addressee', label: 'safeRegion.addressee', min: 2, max: ADDRESSEE_MAX },
  passedOn: { id: 'place-passed-on', label: 'safeRegion.passedOn', min: 0, max: 0 },
  publicNoteKk: { id: 'place-note-kk', label: 'safeRegion.publicNoteKk', min: PUBLIC_NOTE_MIN, max: PUBLIC_NOTE_MAX },
  publicNoteRu: { id: 'place-note-ru', label: 'safeRegion.publicNoteRu', min: PUBLIC_NOTE_MIN, max: PUBLIC_NOTE_MAX },
} as const satisfies Record<string, { id: string; label: UiKey; min: number; max: number }>;

export type PlaceFormField = keyof typeof PLACE_FORM_FIELDS;

const ERROR_KEYS = ['required', 'tooShort', 'tooLong', 'controlCharacters', 'badDate', 'unknownStatus'] as const;

/** The sentence that says what is wrong with one field. */
export function placeError(t: Translate, field: string, error: string): { id: string; text: string } {
  const known = PLACE_FORM_FIELDS[field as PlaceFormField] ?? PLACE_FORM_FIELDS.status;
  const key = (ERROR_KEYS as readonly string[]).includes(error) ? error : 'required';
  return { id: known.id, text: t(`safeRegion.error.${key}` as UiKey, { field: t(known.label), min: known.min, max: known.max }) };
}

/** Every error of a refused form, in the form's order. */
export function placeErrors(t: Translate, errors: Record<string, string>): { id: string; text: string }[] {
  const order = Object.keys(PLACE_FORM_FIELDS);
  return Object.entries(errors)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([field, error]) => placeError(t, field, error));
}
