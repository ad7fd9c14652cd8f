import { describe, expect, it } from 'vitest';
import { SHIFT_PRESSES, TEXT_FIELDS, shiftPresses, type KeyPress } from '../../../src/lib/quick-exit-keys';

/** Feeds keydowns, 150 ms apart unless `after` says otherwise, as src/quick-exit/keys.ts does; true when one completes a triple. */
function exits(presses: (Partial<KeyPress> & { after?: number })[]): boolean {
  let count = 0;
  let last = -Infinity;
  let at = 1000;
  for (const { after = 150, ...press } of presses) {
    at += after;
    const keydown: KeyPress = { key: 'Shift', repeat: false, typing: false, ...press };
    count = shiftPresses(count, at - last, keydown);
    if (keydown.key === 'Shift' && !keydown.repeat) last = at;
    if (count >= SHIFT_PRESSES) return true;
  }
  return false;
}

const shift = { key: 'Shift' };

describe('Shift pressed three times', () => {
  it('leaves after three quick presses of Shift alone', () => {
    expect(exits([shift, shift, shift])).toBe(true);
  });

  it('does not leave when other keys come between, as when typing capitals', () => {
    // «Я Ира. Мой»: Shift, Я, space, Shift, И, р, а, ., space, Shift, М …
    const typing = ['Shift', 'Я', ' ', 'Shift', 'И', 'р', 'а', '.', ' ', 'Shift', 'М', 'о', 'й'].map((key) => ({ key }));
    expect(exits(typing)).toBe(false);
    expect(exits([shift, shift, { key: 'a' }, shift])).toBe(false);
  });

  it('never counts while the focus is in a text field', () => {
    const inField = { key: 'Shift', typing: true };
    expect(exits([inField, inField, inField, inField])).toBe(false);
    expect(exits([shift, shift, inField, shift])).toBe(false);
  });

  it('counts a held Shift once, and starts again after a pause of a second', () => {
    expect(exits([shift, { key: 'Shift', repeat: true }, { key: 'Shift', repeat: true }])).toBe(false);
    expect(exits([shift, shift, { key: 'Shift', after: 1200 }])).toBe(false);
    expect(exits([shift, shift, { key: 'Shift', after: 1200 }, shift, shift])).toBe(true);
  });
});

describe('the fields where Shift is typing', () => {
  it('are text inputs and textareas, not boxes, buttons or lists', () => {
    expect(TEXT_FIELDS).toContain('textarea');
    for (const type of ['checkbox', 'radio', 'submit', 'button']) expect(TEXT_FIELDS).toContain(`[type=${type}]`);
    expect(TEXT_FIELDS).not.toContain('select');
  });
});
