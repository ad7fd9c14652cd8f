/**
 * The offline worker's files, apart from the other paths (paths.ts re-exports them): the loader
 * every public page carries imports only these, so the build can write it into the page.
 */

/** The service worker that keeps the offline page, at the root so its scope is the whole site. */
export const serviceWorkerPath = '/sw.js';
/** The script every public page loads to register it (a file, so a strict CSP allows it). */
export const serviceWorkerRegistrationPath = '/sw-register.js';
