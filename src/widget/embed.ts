/**
 * `/embed.js`: fits each Zanbala iframe on the host page to the host's width and to the height
 * its content reports (src/lib/embed-messages.ts). A classic script, so it knows its own origin
 * from `document.currentScript`; it believes only messages from that origin, and sizes only the
 * iframe whose window sent them. Styles are set through the DOM, which a host's CSP allows.
 */
import { isHeightMessage } from '../lib/embed-messages';

const script = document.currentScript;
const ORIGIN = script instanceof HTMLScriptElement ? new URL(script.src).origin : '';

const ours = () => [...document.querySelectorAll('iframe')].filter((frame) => frame.src.startsWith(`${ORIGIN}/embed/`));
const fit = (frame: HTMLIFrameElement) => Object.assign(frame.style, { display: 'block', width: '100%', maxWidth: '40rem', border: '0' });

if (ORIGIN) {
  ours().forEach(fit);
  addEventListener('message', (event) => {
    if (event.origin !== ORIGIN || !isHeightMessage(event.data)) return;
    for (const frame of ours()) {
      if (frame.contentWindow === event.source) fit(frame).height = `${event.data.height}px`;
    }
  });
}
