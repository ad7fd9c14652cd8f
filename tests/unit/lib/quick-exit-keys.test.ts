import { describe, expect, it } from 'vitest';
import { NO_PRESSES, countShift, takesText, type KeyPress } from '../../../src/lib/quick-exit-keys';

/** Feeds keydowns through the counter; true when one of them exits. */
function exits(presses: Partial<KeyPress>[]): boolean {
  let count = NO_PRESSES;
  let at = 1000;
  for (const press of presses) {
    at = press.at ?? at + 150;
    const step = countShift(count, { key: 'Shift', repeat: false, inTextField: false, ...press, at });
    if (step.exit) return true;
    count = step.count;
  }
  return false;
}

const shift: Partial<KeyPress> = { key: 'Shift' };

describe('Shift pressed three times', () => {
  it('exits after three quick presses of Shift alone', () => {
    expect(exits([shift, shift, shift])).toBe(true);
  });

  it('does not exit when a letter comes between, as when typing capitals', () => {
    // «Я Ира. Мой»: Shift, Я, space, Shift, И, р, а, ., space, Shift, М …
    const typing = ['Shift', 'Я', ' ', 'Shift', 'И', 'р', 'а', '.', ' ', 'Shift', 'М', 'о', 'й'].map((key) => ({ key }));
    expect(exits(typing)).toBe(false);
    expect(exits([shift, shift, { key: 'a' }, shift])).toBe(false);
  });

  it('never counts while the focus is in a text field', () => {
    const inField = { key: 'Shift', inTextField: true };
    expect(exits([inField, inField, inField, inField])).toBe(false);
    expect(exits([shift, shift, inField, shift])).toBe(false);
  });

  it('counts a held Shift once, and starts again after a pause', () => {
    expect(exits([shift, { key: 'Shift', repeat: true }, { key: 'Shift', repeat: true }])).toBe(false);
    expect(exits([shift, shift, { key: 'Shift', at: 5000 }])).toBe(false);
  });
});

describe('a field that takes text', () => {
  it('is a textarea, a text-like input or anything contenteditable', () => {
    expect(takesText({ tagName: 'TEXTAREA' })).toBe(true);
    expect(takesText({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(takesText({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(takesText({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('is not a checkbox, a button, a select or the page itself', () => {
    expect(takesText({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(takesText({ tagName: 'BUTTON' })).toBe(false);
    expect(takesText({ tagName: 'SELECT' })).toBe(false);
    expect(takesText({ tagName: 'BODY', isContentEditable: false })).toBe(false);
    expect(takesText(null)).toBe(false);
  });
});
