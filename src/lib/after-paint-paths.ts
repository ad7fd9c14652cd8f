/**
 * The files a page loads once it has painted (AfterPaintScripts.astro), apart from the other
 * paths (paths.ts re-exports them): the loader every public page carries imports only these, so
 * the build can write it into the page.
 */

/** The service worker that keeps the offline page, at the root so its scope is the whole site. */
export const serviceWorkerPath = '/sw.js';
/** The script every public page loads to register it (a file, so a strict CSP allows it). */
export const serviceWorkerRegistrationPath = '/sw-register.js';
/** The script a page with a printed QR code loads to put the code in place before it prints. */
export const printQrScriptPath = '/print-qr.js';
/** The script every page with quick exit loads so that Shift pressed three times leaves too. */
export const quickExitKeysScriptPath = '/quick-exit-keys.js';
/** The script a page that counts views loads to send its view (src/page-view/count-view.ts). */
export const hitScriptPath = '/hit.js';
