import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, readBody } from '../../../src/server/request-body';

const request = (body: string, type: string) =>
  new Request('http://localhost/api/reports', { method: 'POST', headers: { 'content-type': type }, body });

describe('reading a report request', () => {
  it('reads JSON and form bodies into fields', async () => {
    expect(await readBody(request('{"region":"astana"}', 'application/json; charset=utf-8'))).toEqual({ ok: true, fields: { region: 'astana' } });
    expect(await readBody(request('region=astana&message=%D0%BF%D1%80', 'application/x-www-form-urlencoded'))).toEqual({
      ok: true,
      fields: { region: 'astana', message: 'пр' },
    });
  });

  it('refuses other content types with 415', async () => {
    expect(await readBody(request('x', 'text/plain'))).toMatchObject({ ok: false, status: 415 });
    expect(await readBody(request('x', 'multipart/form-data; boundary=x'))).toMatchObject({ ok: false, status: 415 });
  });

  it('refuses broken JSON and JSON that is not an object with 400', async () => {
    expect(await readBody(request('{"region":', 'application/json'))).toMatchObject({ ok: false, status: 400, code: 'invalid-json' });
    expect(await readBody(request('[1,2]', 'application/json'))).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses a body over 16 KB with 413, counting bytes, not characters', async () => {
    const cyrillic = JSON.stringify({ message: 'я'.repeat(BODY_LIMIT_BYTES / 2) });
    expect(await readBody(request(cyrillic, 'application/json'))).toMatchObject({ ok: false, status: 413 });
  });
});
