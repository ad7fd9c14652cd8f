/**
 * `/quick-exit-keys.js`, loaded once a page with quick exit has painted: Shift pressed three times,
 * by the rules of src/lib/quick-exit-keys.ts, presses the quick-exit button, whose own script
 * (QuickExit.astro) blanks the page and replaces it. A file after the paint, not in the page: the
 * button works from the first paint, and reading pages keep their 1 KB JavaScript budget.
 */
import { SHIFT_PRESSES, TEXT_FIELDS, shiftPresses } from '../lib/quick-exit-keys.ts';

const exit = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
let count = 0;
let last = -Infinity;
if (exit) {
  addEventListener('keydown', (event) => {
    const focused = event.target instanceof HTMLElement ? event.target : undefined;
    const typing = Boolean(focused && (focused.isContentEditable || focused.matches(TEXT_FIELDS)));
    count = shiftPresses(count, event.timeStamp - last, { key: event.key, repeat: event.repeat, typing });
    if (event.key === 'Shift' && !event.repeat) last = event.timeStamp;
    if (count >= SHIFT_PRESSES) {
      count = 0;
      exit.click();
    }
  });
}
