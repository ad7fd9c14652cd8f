import { describe, expect, it } from 'vitest';
import { FORM_FIELDS, MESSAGE_MAX } from '../../../src/lib/report';
import { bodyLimits, LIMITS, readBody } from '../../../src/server/request-body';

const request = (body: string, type: string) => new Request('http://localhost/api/reports', { method: 'POST', headers: { 'content-type': type }, body });

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = 'application/x-www-form-urlencoded';

/** The longest report the schema takes, in the widest characters a field may hold. */
const longestReport = (char: string) => ({
  region: 'r'.repeat(FORM_FIELDS.report.region),
  category: 'c'.repeat(FORM_FIELDS.report.category),
  message: char.repeat(MESSAGE_MAX),
  lang: 'kk',
  followUp: 'yes',
  urgent: 'on',
  ageBand: '15-18',
  contact: char.repeat(FORM_FIELDS.report.contact),
});

describe('reading a report request', () => {
  it('reads JSON and form bodies into fields', async () => {
    expect(await readBody(request('{"region":"astana"}', 'application/json; charset=utf-8'), LIMITS.report)).toEqual({
      ok: true,
      fields: { region: 'astana' },
    });
    expect(await readBody(request('region=astana&message=%D0%BF%D1%80', FORM), LIMITS.report)).toEqual({
      ok: true,
      fields: { region: 'astana', message: 'пр' },
    });
  });

  it('refuses other content types with 415', async () => {
    expect(await readBody(request('x', 'text/plain'), LIMITS.report)).toMatchObject({ ok: false, status: 415 });
    expect(await readBody(request('x', 'multipart/form-data; boundary=x'), LIMITS.report)).toMatchObject({ ok: false, status: 415 });
  });

  it('refuses broken JSON and JSON that is not an object with 400', async () => {
    expect(await readBody(request('{"region":', 'application/json'), LIMITS.report)).toMatchObject({ ok: false, status: 400, code: 'invalid-json' });
    expect(await readBody(request('[1,2]', 'application/json'), LIMITS.report)).toMatchObject({ ok: false, status: 400 });
  });

  it('takes the longest valid form in any script: 5,000 Kazakh letters are 30,000 bytes url-encoded', async () => {
    for (const char of ['ә', 'я', '—', '₸', 'a']) {
      const fields = longestReport(char);
      expect(await readBody(request(form(fields), FORM), LIMITS.report)).toEqual({ ok: true, fields });
      // The same report as JSON, with every letter escaped as \uXXXX, as some clients send it.
      const escaped = JSON.stringify(fields).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      expect(await readBody(request(escaped, 'application/json'), LIMITS.report)).toEqual({ ok: true, fields });
    }
    expect(form({ message: 'ә'.repeat(MESSAGE_MAX) }).length).toBe('message='.length + 30_000);
  });

  it('sizes each form by its fields: the JSON limit apart from the form limit', () => {
    expect(bodyLimits({ text: 10 })).toEqual({ form: 'text'.length + 2 + 90, json: 2 + 'text'.length + 16 + 60 });
    expect(LIMITS.report.form).toBeGreaterThan(MESSAGE_MAX * 9);
    expect(LIMITS.report.json).toBeLessThan(LIMITS.report.form);
    expect(LIMITS.case.form).toBeLessThan(LIMITS.report.form);
  });

  it('refuses a JSON body over the limit with 413, counting bytes, not characters', async () => {
    const cyrillic = JSON.stringify({ message: 'я'.repeat(LIMITS.report.json / 2 + 1) });
    expect(await readBody(request(cyrillic, 'application/json'), LIMITS.report)).toMatchObject({ ok: false, status: 413 });
  });

  it('gives back the first part of a form over the limit, the last field cut cleanly', async () => {
    const typed = 'Мені сыныпта мазақ етеді. '.repeat(3000);
    const result = await readBody(request(form({ region: 'astana', message: typed, contact: 'tg' }), FORM), LIMITS.case);
    expect(result).toMatchObject({ ok: false, status: 413, partial: { region: 'astana' } });
    const kept = result.ok ? '' : (result.partial?.['message'] ?? '');
    expect(kept.length).toBeGreaterThan(4000);
    expect(typed.startsWith(kept)).toBe(true);
  });
});
