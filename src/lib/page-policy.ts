/**
 * A page's Content-Security-Policy with only the hashes its own inline scripts and styles need.
 * Astro writes into every page the hashes of every inline script and style of the whole build
 * (47 on a lesson page, of which it uses 7): about 1.4 KB of brotli on every page, which hashes
 * do not compress, and a lesson must arrive in the first round trip of 14,000 bytes. A hash of
 * content the page does not carry allows nothing on it, so dropping it changes nothing a browser
 * allows: scripts added later are files from 'self', which needs no hash.
 */
import { createHash } from 'node:crypto';

/** Inline scripts and styles, the elements a hash can allow; `src` scripts are files, and data blocks (JSON-LD) are never run. */
const INLINE_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;

/** A hash source of a policy, e.g. `'sha256-…='`. */
const HASH_SOURCE = /\s*'(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'/g;

/** The policy `<meta>` Astro writes into a prerendered page's head. */
const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** A script element whose type is no JavaScript type, such as `application/ld+json`: a browser runs none of it. */
const isDataBlock = (attributes: string) => {
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return type !== undefined && type !== 'module' && !type.includes('javascript');
};

const ALGORITHMS = { sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' } as const;

/** The hash sources (`sha256-…`) of every inline script and style of a page, as a browser computes them. */
export function inlineHashSources(html: string, algorithm: keyof typeof ALGORITHMS = 'sha256'): Set<string> {
  const sources = new Set<string>();
  for (const [, , attributes = '', text = ''] of html.matchAll(INLINE_ELEMENT)) {
    if (/\ssrc\s*=/i.test(attributes) || isDataBlock(attributes)) continue;
    sources.add(`${algorithm}-${createHash(ALGORITHMS[algorithm]).update(text).digest('base64')}`);
  }
  return sources;
}

/** `policy` without the hash sources that allow none of `html`'s inline elements. */
export function policyForPage(policy: string, html: string): string {
  const used = new Map<string, Set<string>>();
  const usedBy = (algorithm: keyof typeof ALGORITHMS) => used.get(algorithm) ?? used.set(algorithm, inlineHashSources(html, algorithm)).get(algorithm)!;
  return policy.replace(HASH_SOURCE, (source, algorithm: keyof typeof ALGORITHMS, digest: string) =>
    usedBy(algorithm).has(`${algorithm}-${digest}`) ? source : '',
  );
}

/** A prerendered page with its `<meta>` policy narrowed to its own inline elements; a page without one, as it is. */
export function withPagePolicy(html: string): string {
  return html.replace(POLICY_META, (_, start: string, policy: string, end: string) => `${start}${policyForPage(policy, html)}${end}`);
}
