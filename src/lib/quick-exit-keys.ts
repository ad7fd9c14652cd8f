/**
 * When Shift pressed three times means "leave now": three presses of Shift alone, each within a
 * second of the last, with no other key between them, and never while the reader types in a text
 * field, where a capital letter is a Shift press too («Я Ира. Мой…» must not throw a report away).
 * A held Shift counts once. Pure, so it is unit-tested; QuickExit.astro feeds it the keydowns.
 */

/** Presses closer than this belong to one triple. */
export const SHIFT_GAP_MS = 1000;
export const SHIFT_PRESSES = 3;

/** What the counter needs of a keydown. */
export interface KeyPress {
  key: string;
  repeat: boolean;
  /** Milliseconds, as `KeyboardEvent.timeStamp`. */
  at: number;
  /** Whether the focus is in a field that takes text. */
  inTextField: boolean;
}

export interface ShiftCount {
  presses: number;
  last: number;
}

export const NO_PRESSES: ShiftCount = { presses: 0, last: -Infinity };

/** The count after a keydown; `exit` when it completes the triple. */
export function countShift(count: ShiftCount, press: KeyPress): { count: ShiftCount; exit: boolean } {
  if (press.key !== 'Shift' || press.inTextField) return { count: NO_PRESSES, exit: false };
  if (press.repeat) return { count, exit: false };
  const presses = press.at - count.last < SHIFT_GAP_MS ? count.presses + 1 : 1;
  if (presses >= SHIFT_PRESSES) return { count: NO_PRESSES, exit: true };
  return { count: { presses, last: press.at }, exit: false };
}

/** Input types that take no typed text: Shift in them may still count. */
const NOT_TEXT = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/** Whether an element takes typed text: a textarea, a text-like input, or anything contenteditable. */
export function takesText(element: { tagName: string; type?: string; isContentEditable?: boolean } | null): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && !NOT_TEXT.has((element.type ?? 'text').toLowerCase());
}
