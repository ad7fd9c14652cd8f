import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashSources, policyForPage, withPagePolicy } from '../../../src/lib/page-policy';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

const script = 'document.body.dataset.ready="1"';
const style = 'body{color:#111}';
const elsewhere = 'console.log("another page")';
const policy = `default-src 'self'; script-src 'self' '${sha256(script)}' '${sha256(elsewhere)}'; style-src 'self' '${sha256(style)}' '${sha256('p{margin:0}')}'`;
const page = (meta: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${meta}"><style>${style}</style>` +
  `<script type="module" src="/_astro/app.js"></script><script type="module">${script}</script></head><body></body></html>`;

describe('the policy of one page', () => {
  it('hashes the inline scripts and styles as a browser does, and not scripts loaded from files', () => {
    expect(inlineHashSources(page(''))).toEqual(new Set([sha256(style), sha256(script)]));
  });

  it('needs no hash for a data block such as JSON-LD, which a browser never runs', () => {
    expect(inlineHashSources('<script type="application/ld+json">{"@type":"Article"}</script>')).toEqual(new Set());
  });

  it('keeps the hashes of what the page carries and drops those of other pages', () => {
    const narrowed = policyForPage(policy, page(''));
    expect(narrowed).toBe(`default-src 'self'; script-src 'self' '${sha256(script)}'; style-src 'self' '${sha256(style)}'`);
  });

  it('leaves a directive its other sources when none of its hashes is used', () => {
    expect(policyForPage(`script-src 'self' 'wasm-unsafe-eval' '${sha256(elsewhere)}'`, '<p>no scripts</p>')).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('rewrites the <meta> policy of a prerendered page and nothing else in it', () => {
    const html = page(policy);
    const narrowed = withPagePolicy(html);
    expect(narrowed).not.toContain(sha256(elsewhere));
    expect(narrowed).toContain(sha256(script));
    expect(narrowed.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });

  it('leaves a page without a <meta> policy as it is', () => {
    expect(withPagePolicy('<p>plain</p>')).toBe('<p>plain</p>');
  });
});
