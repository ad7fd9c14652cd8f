import { describe, expect, it } from 'vitest';
import { fieldErrors, MESSAGE_MAX, reportSchema } from '../../../src/lib/report';

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
