import { describe, expect, it } from 'vitest';
import { headersFor } from '../../../src/server/http-headers';

describe('the headers of every response', () => {
  it('refuse framing and send no referrer on a lesson page', () => {
    const headers = headersFor('/kk/articles/bullying-what-it-is/');
    expect(headers['Content-Security-Policy']).toBe("frame-ancestors 'none'");
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Cache-Control']).toBeUndefined();
  });

  it('keep help pages, case pages and the report API out of every cache', () => {
    for (const path of ['/kk/help/', '/ru/help/case/', '/api/reports', '/api/reports/case/messages']) {
      expect(headersFor(path)['Cache-Control'], path).toBe('no-store');
    }
  });

  it('do not mistake a lesson about help for the help page', () => {
    expect(headersFor('/kk/articles/help-at-school/')['Cache-Control']).toBeUndefined();
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
    expect(headersFor('/kk/articles/admin-rights/')['Content-Security-Policy']).toBe("frame-ancestors 'none'");
  });
});
