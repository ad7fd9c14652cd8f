import { describe, expect, it } from 'vitest';
import { caseReplySchema, fieldErrors, MESSAGE_MAX, officeTextSchema, reportSchema } from '../../../src/lib/report';

const schema = reportSchema(['astana', 'almaty-region']);
const valid = { region: 'astana', category: 'bullying', message: 'В классе меня дразнят каждый день', lang: 'ru', followUp: true };

function errorsOf(input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('the report schema', () => {
  it('takes a JSON report with booleans', () => {
    const report = schema.parse({ ...valid, urgent: true, ageBand: '11-14' });
    expect(report).toMatchObject({ region: 'astana', followUp: true, urgent: true, ageBand: '11-14' });
  });

  it('takes the same report as the form sends it, with checkbox and radio strings', () => {
    const report = schema.parse({ ...valid, followUp: 'no', urgent: 'on', ageBand: '', contact: '' });
    expect(report).toMatchObject({ followUp: false, urgent: true });
    expect(report.ageBand).toBeUndefined();
    expect(report.contact).toBeUndefined();
  });

  it('names each wrong field with a key the form translates', () => {
    expect(errorsOf({ region: 'mars', category: 'gossip', message: 'short', lang: 'en' })).toEqual({
      region: 'unknownRegion',
      category: 'unknownCategory',
      message: 'tooShort',
      lang: 'unknownLang',
      followUp: 'chooseFollowUp',
    });
  });

  it('refuses a message of 5001 characters and keeps one of 5000', () => {
    expect(errorsOf({ ...valid, message: 'а'.repeat(MESSAGE_MAX + 1) })).toEqual({ message: 'tooLong' });
    expect(errorsOf({ ...valid, message: 'а'.repeat(MESSAGE_MAX) })).toEqual({});
  });

  it('does not count surrounding spaces towards the minimum', () => {
    expect(errorsOf({ ...valid, message: '   помогите   ' })).toEqual({ message: 'tooShort' });
  });

  it('keeps SQL and HTML in a message as the text the student wrote', () => {
    const message = "'); DROP TABLE reports; -- <script>alert(1)</script>";
    expect(schema.parse({ ...valid, message }).message).toBe(message);
  });

  it('says a required field is missing when it is absent or of the wrong type', () => {
    expect(errorsOf({ ...valid, message: 42 })).toEqual({ message: 'required' });
    expect(errorsOf({ ...valid, region: undefined })).toEqual({ region: 'required' });
  });
});

describe('the text rules of every message, contact and reply', () => {
  it('stores one Unicode form: a letter typed as a base and a combining mark becomes the one letter', () => {
    // "ә" as U+04D9 and "й" typed as "и" + combining breve.
    const decomposed = 'Сәлем, мені мазақ етеді\u0438\u0306';
    const message = schema.parse({ ...valid, message: decomposed }).message;
    expect(message).toBe(decomposed.normalize('NFC'));
    expect(message.endsWith('й')).toBe(true);
  });

  it('refuses NUL and other control characters with a field error, but keeps newlines and tabs', () => {
    expect(errorsOf({ ...valid, message: 'В классе меня\u0000 дразнят' })).toEqual({ message: 'controlCharacters' });
    expect(errorsOf({ ...valid, message: 'В классе меня\u001b[31m дразнят' })).toEqual({ message: 'controlCharacters' });
    expect(errorsOf({ ...valid, message: 'В классе меня\u0085 дразнят' })).toEqual({ message: 'controlCharacters' });
    expect(errorsOf({ ...valid, contact: '\u0000\u0000\u0000' })).toEqual({ contact: 'controlCharacters' });
    expect(schema.parse({ ...valid, message: 'Первая строка\r\n\tвторая строка' }).message).toBe('Первая строка\n\tвторая строка');
  });

  it('refuses a lone surrogate, which is no character at all', () => {
    expect(errorsOf({ ...valid, message: 'В классе меня дразнят \ud800' })).toEqual({ message: 'controlCharacters' });
    expect(errorsOf({ ...valid, message: 'В классе меня дразнят 😢' })).toEqual({});
  });

  it('does not count zero-width characters: eleven zero-width spaces are an empty message', () => {
    expect(errorsOf({ ...valid, message: '\u200b'.repeat(11) })).toEqual({ message: 'required' });
    expect(errorsOf({ ...valid, message: '\u200bпомогите\u200d\u2060\ufeff\u200c' })).toEqual({ message: 'tooShort' });
    expect(errorsOf({ ...valid, contact: '\u200b\u200b\u200b' })).toEqual({ contact: 'required' });
    expect(caseReplySchema.safeParse({ caseCode: '1234', text: '\u200b\u202e' }).success).toBe(false);
  });

  it('keeps a right-to-left override as text (it is shown isolated), and counts it for nothing', () => {
    const message = 'Мені \u202eмазақ\u202c етеді күнде';
    expect(schema.parse({ ...valid, message }).message).toBe(message);
  });

  it('applies to what the office writes too', () => {
    expect(officeTextSchema.safeParse({ text: 'Здравствуйте\u0000' }).error?.issues[0]?.message).toBe('controlCharacters');
    expect(officeTextSchema.safeParse({ text: '\u200b\u200b' }).error?.issues[0]?.message).toBe('required');
    expect(officeTextSchema.safeParse({ text: 'ж'.repeat(MESSAGE_MAX + 1) }).error?.issues[0]?.message).toBe('tooLong');
    expect(officeTextSchema.parse({ text: ' Сәлем\r\n ' }).text).toBe('Сәлем');
  });
});
