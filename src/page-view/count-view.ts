/**
 * `/hit.js`, loaded once a page that counts views (HitBeacon.astro) has painted: sends the path,
 * lang, source and region of this load once with `sendBeacon`. It sets no cookie, stores nothing
 * in the browser, and sends nothing when the browser asks not to be tracked (Global Privacy
 * Control or Do Not Track). A file rather than code in the page: every page would otherwise carry
 * its bytes in the first round trip, for a request that waits until the page has painted anyway.
 */
import { declinesTracking, hitOf, hitsPath } from '../lib/hit';

const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
const hit = hitOf(location, window.parent !== window);
if (hit && !declinesTracking(nav, (window as Window & { doNotTrack?: string }).doNotTrack) && 'sendBeacon' in nav) {
  nav.sendBeacon(hitsPath, JSON.stringify(hit));
}
