/**
 * When Shift pressed three times means "leave now": three presses of Shift alone, each within a
 * second of the last, with no other key between them, and never while the reader types in a text
 * field, where a capital letter is a Shift press too («Я Ира. Мой…» must not throw a report away).
 * A held Shift counts once. src/quick-exit/keys.ts feeds it the keydowns of a page.
 */

/** Presses closer than this belong to one triple. */
export const SHIFT_GAP_MS = 1000;
export const SHIFT_PRESSES = 3;

/** Fields that take typed text; buttons, boxes and lists do not. */
export const TEXT_FIELDS =
  'textarea,input:not([type=button],[type=checkbox],[type=color],[type=file],[type=image],[type=radio],[type=range],[type=reset],[type=submit])';

/** What the count needs of a keydown. */
export interface KeyPress {
  key: string;
  repeat: boolean;
  /** Whether the focus is in a field that takes text (or anything contenteditable). */
  typing: boolean;
}

/**
 * The Shift presses counted after a keydown that came `sinceLastShift` ms after the last counted
 * Shift: 0 when the keydown breaks a triple, `SHIFT_PRESSES` when it completes one.
 */
export function shiftPresses(count: number, sinceLastShift: number, press: KeyPress): number {
  if (press.key !== 'Shift' || press.typing) return 0;
  if (press.repeat) return count;
  return sinceLastShift < SHIFT_GAP_MS ? count + 1 : 1;
}
