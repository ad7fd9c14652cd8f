import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_ALLOWED_ORIGINS, frameAncestors, headerRules, headersFor, keepOwnPolicy } from '../../../src/server/http-headers';

/** The header half of every public page's policy (src/lib/csp.ts); Astro writes the script and style half. */
const policy = (frameAncestors: string) => `object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ${frameAncestors}`;

describe('the headers of every response', () => {
  it('refuse framing, plugins, a changed base and forms to elsewhere, and send no referrer on a lesson page', () => {
    const headers = headersFor('/kk/articles/bullying-what-it-is/');
    expect(headers['Content-Security-Policy']).toBe(policy("'none'"));
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Cache-Control']).toBe('public, max-age=300, stale-while-revalidate=86400');
  });

  it('keep help pages, case pages and the report API out of every cache', () => {
    for (const path of ['/kk/help/', '/ru/help/case/', '/api/reports', '/api/reports/case/messages']) {
      expect(headersFor(path)['Cache-Control'], path).toBe('no-store');
    }
  });

  it('do not mistake a lesson about help for the help page', () => {
    expect(headersFor('/kk/articles/help-at-school/')['Cache-Control']).toBe('public, max-age=300, stale-while-revalidate=86400');
  });

  it('give the inbox no-store and a strict policy that still refuses framing', () => {
    for (const path of ['/admin/', '/admin/login/', '/admin/cases/abc/', '/admin/statistics/export/']) {
      const headers = headersFor(path);
      expect(headers['Cache-Control'], path).toBe('no-store');
      expect(headers['Content-Security-Policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['Content-Security-Policy'], path).toContain("default-src 'none'");
      expect(headers['Content-Security-Policy'], path).toContain("script-src 'none'");
      expect(headers['X-Frame-Options'], path).toBe('DENY');
    }
  });

  it('do not give a lesson page the inbox policy', () => {
    expect(headersFor('/kk/articles/admin-rights/')['Content-Security-Policy']).toBe(policy("'none'"));
  });
});

describe('the headers of the offline service worker', () => {
  it('make the browser revalidate the worker and its registration, so a new build replaces them', () => {
    for (const path of ['/sw.js', '/sw-register.js']) {
      expect(headersFor(path)['Cache-Control'], path).toBe('no-cache');
      expect(headersFor(path)['Service-Worker-Allowed'], path).toBeUndefined();
    }
  });
});

describe('the headers of what other sites embed', () => {
  it('let any site load the widget module and its feeds, and nothing else', () => {
    for (const path of ['/widget.js', '/feeds/kk/11-14.json', '/feeds/ru/parents.json']) {
      expect(headersFor(path)['Access-Control-Allow-Origin'], path).toBe('*');
    }
    for (const path of ['/kk/', '/embed/kk/11-14/', '/api/reports', '/kk/help/']) {
      expect(headersFor(path)['Access-Control-Allow-Origin'], path).toBeUndefined();
    }
  });

  it('let only the allowed hosts frame the iframe variant, and drop X-Frame-Options there', () => {
    const rules = headerRules({ EMBED_ALLOWED_ORIGINS: 'https://school-12.edu.kz, https://*.kundelik.kz self' });
    const headers = headersFor('/embed/kk/11-14/', rules);
    expect(headers['Content-Security-Policy']).toBe(policy("https://school-12.edu.kz https://*.kundelik.kz 'self'"));
    expect(headers['X-Frame-Options']).toBeUndefined();
    expect(headersFor('/kk/11-14/', rules)['X-Frame-Options']).toBe('DENY');
    expect(headersFor('/kk/11-14/', rules)['Content-Security-Policy']).toBe(policy("'none'"));
  });

  it('allow our own pages and Kundelik when EMBED_ALLOWED_ORIGINS is unset', () => {
    const headers = headersFor('/embed/ru/parents/', headerRules({}));
    expect(headers['Content-Security-Policy']).toBe(policy(DEFAULT_EMBED_ALLOWED_ORIGINS));
  });

  it('refuse to start with an allow-list that is not a list of origins', () => {
    expect(() => frameAncestors('https://school.kz/page')).toThrow(/school\.kz\/page/);
    expect(() => frameAncestors('https://a.kz; script-src *')).toThrow(/EMBED_ALLOWED_ORIGINS/);
    expect(frameAncestors('https://school.kz/ http://127.0.0.1:4361')).toBe('https://school.kz http://127.0.0.1:4361');
    expect(frameAncestors('https:')).toBe('https:');
  });
});

describe('the headers of what a school site loads from us', () => {
  it('let a host isolated with COEP load the widget, its feeds, embed.js and the covers', () => {
    for (const path of ['/widget.js', '/embed.js', '/feeds/kk/11-14.json', '/_astro/cover.Ab12.webp']) {
      expect(headersFor(path)['Cross-Origin-Resource-Policy'], path).toBe('cross-origin');
    }
    expect(headersFor('/kk/help/')['Cross-Origin-Resource-Policy']).toBeUndefined();
  });
});

describe('our policy beside the one Astro writes on an on-demand page', () => {
  const ours = "frame-ancestors 'none'";
  const astros = "script-src 'self' 'sha256-abc='";
  const response = () => {
    const written = new ServerResponse(new IncomingMessage(new Socket()));
    written.setHeader('Content-Security-Policy', ours);
    keepOwnPolicy(written, ours);
    return written;
  };

  it('sends both when Astro sets its policy by setHeader, as the compression step does', () => {
    const written = response();
    written.setHeader('Content-Security-Policy', astros);
    expect(written.getHeader('Content-Security-Policy')).toEqual([ours, astros]);
  });

  it('sends both when Astro passes its policy to writeHead', () => {
    const written = response();
    written.writeHead(200, { 'Content-Security-Policy': astros });
    expect(written.getHeader('Content-Security-Policy')).toEqual([ours, astros]);
  });
});
