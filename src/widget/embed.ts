/**
 * `/embed.js`: fits each Zanbala iframe on the host page to the height its content reports
 * (src/lib/embed-messages.ts). A classic script, so it knows its own origin from
 * `document.currentScript`; it believes only messages from that origin, and sizes only the
 * iframe whose window sent them.
 */
import { isHeightMessage } from '../lib/embed-messages';

const script = document.currentScript;
const ORIGIN = script instanceof HTMLScriptElement ? new URL(script.src).origin : '';

addEventListener('message', (event) => {
  if (!ORIGIN || event.origin !== ORIGIN || !isHeightMessage(event.data)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;
  }
});
