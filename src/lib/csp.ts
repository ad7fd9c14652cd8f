/**
 * The Content-Security-Policy of every public page, in two parts that browsers enforce together:
 * - the part Astro writes into each page as a <meta> element (astro.config.mjs, `security.csp`),
 *   because only the build knows the hashes of the page's inline scripts and styles;
 * - the part the server sends as a header (src/server/http-headers.ts), because a <meta> policy
 *   cannot say who may frame a page, and the header also covers files that are not pages.
 */

/** Where an external video comes from once the viewer presses play (src/lib/video.ts). */
export const VIDEO_FRAME_SOURCES = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

/** What the <meta> part says besides the script and style hashes (astro.config.mjs adds those). */
export const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  `frame-src ${VIDEO_FRAME_SOURCES.join(' ')}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** Script sources besides the hashes: the search index is WebAssembly (Pagefind), which compiling needs. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** The header part: what a <meta> policy cannot say, and a floor for responses that are not pages. */
export const headerPolicy = (frameAncestors: string) =>
  ["object-src 'none'", "base-uri 'none'", "form-action 'self'", `frame-ancestors ${frameAncestors}`].join('; ');
