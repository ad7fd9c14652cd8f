import { describe, expect, it } from 'vitest';
import { fieldErrors, reportSchema } from '../../../src/lib/report';
import { ageInDays, placeChangeSchema } from '../../../src/lib/safe-region';

const schema = reportSchema(['astana', 'west-kazakhstan']);
const unsafe = { region: 'west-kazakhstan', category: 'unsafe-place', message: 'Мектепке баратын жолда шам жоқ, қараңғы', lang: 'kk', followUp: true };
const place = { settlement: 'Орал', landmark: '№5 мектептің артындағы жол', kind: 'no-light' };

const errorsOf = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
};

describe('the place of an unsafe-place report', () => {
  it('comes as an object in JSON', () => {
    expect(schema.parse({ ...unsafe, place }).place).toEqual(place);
  });

  it('comes as three fields from the form, and three empty fields mean no place', () => {
    const form = { ...unsafe, followUp: 'yes', 'place.settlement': ' Орал ', 'place.landmark': '№5 мектептің артындағы жол', 'place.kind': 'no-light' };
    expect(schema.parse(form).place).toEqual(place);
    const empty = schema.parse({ ...unsafe, 'place.settlement': '', 'place.landmark': ' ', 'place.kind': '' });
    expect(empty.place).toBeUndefined();
    expect(empty).not.toHaveProperty('place.settlement');
  });

  it('is optional', () => {
    expect(schema.parse(unsafe).place).toBeUndefined();
  });

  it('names each missing or wrong part with the field the form shows', () => {
    expect(errorsOf({ ...unsafe, 'place.settlement': 'О', 'place.landmark': '', 'place.kind': 'potholes' })).toEqual({
      'place.settlement': 'tooShort',
      'place.landmark': 'required',
      'place.kind': 'unknownPlaceKind',
    });
    expect(errorsOf({ ...unsafe, place: { ...place, landmark: 'ж'.repeat(301) } })).toEqual({ 'place.landmark': 'tooLong' });
  });

  it('refuses NUL, escape and direction overrides in each typed field, and keeps one Unicode form', () => {
    for (const bad of ['\u0000', '\u001b[31m', '\u202e', '\u2066', '\u0085']) {
      for (const field of ['settlement', 'landmark'] as const) {
        expect(errorsOf({ ...unsafe, place: { ...place, [field]: `Орал${bad}лық` } }), `${field} ${JSON.stringify(bad)}`).toEqual({
          [`place.${field}`]: 'controlCharacters',
        });
      }
    }
    // «й» and «Ё» typed as a letter and a combining mark are stored as the one letter; a line break is a space.
    const typed = schema.parse({ ...unsafe, place: { ...place, settlement: 'Баи\u0306терек\nауылы', landmark: 'Е\u0308лка жанындағы аялдама' } }).place!;
    expect(typed.settlement).toBe('Байтерек ауылы');
    expect(typed.landmark).toBe('Ёлка жанындағы аялдама');
    expect(errorsOf({ ...unsafe, place: { ...place, settlement: '\u200b\u200b\u200b' } })).toEqual({ 'place.settlement': 'required' });
  });

  it('belongs only to the unsafe-place category', () => {
    expect(errorsOf({ ...unsafe, category: 'bullying', place })).toEqual({ place: 'placeOnlyUnsafePlace' });
  });
});

describe("the moderator's change of a place", () => {
  it('needs the addressee and the date once passed to the akimat', () => {
    expect(placeChangeSchema.safeParse({ status: 'passed-to-akimat', addressee: 'Орал қаласының әкімдігі', passedOn: '2026-03-10' }).success).toBe(true);
    const missing = placeChangeSchema.safeParse({ status: 'passed-to-akimat', addressee: ' ', passedOn: '10.03.2026' });
    expect(missing.success ? {} : fieldErrors(missing.error)).toEqual({ addressee: 'required', passedOn: 'badDate' });
  });

  it('needs both public notes once fixed', () => {
    const change = {
      status: 'fixed',
      settlement: 'Орал',
      addressee: 'Әкімдік',
      passedOn: '2026-03-10',
      publicNoteKk: 'Көшеге шам орнатылды.',
      publicNoteRu: 'короткая',
    };
    const result = placeChangeSchema.safeParse(change);
    expect(result.success ? {} : fieldErrors(result.error)).toEqual({ publicNoteRu: 'tooShort' });
  });

  it("needs the office's own settlement once fixed, and keeps it", () => {
    const fixed = {
      status: 'fixed',
      addressee: 'Әкімдік',
      passedOn: '2026-03-10',
      publicNoteKk: 'Көшеге шам орнатылды.',
      publicNoteRu: 'На улице поставили фонари.',
    };
    const missing = placeChangeSchema.safeParse(fixed);
    expect(missing.success ? {} : fieldErrors(missing.error)).toEqual({ settlement: 'required' });
    expect(placeChangeSchema.parse({ ...fixed, settlement: '  Орал   қаласы ' }).settlement).toBe('Орал қаласы');
    // Everything wrong is said at once, a refused field and a missing one alike.
    const both = placeChangeSchema.safeParse({ ...fixed, publicNoteRu: 'На улице поставили фонари.\u202e' });
    expect(both.success ? {} : fieldErrors(both.error)).toEqual({ settlement: 'required', publicNoteRu: 'controlCharacters' });
  });

  it('refuses NUL, escape and direction overrides in every field the office types', () => {
    const fixed = {
      status: 'fixed',
      settlement: 'Орал',
      addressee: 'Әкімдік',
      passedOn: '2026-03-10',
      publicNoteKk: 'Көшеге шам орнатылды.',
      publicNoteRu: 'На улице поставили фонари.',
    };
    for (const bad of ['\u0000', '\u001b', '\u202e']) {
      for (const field of ['settlement', 'addressee', 'publicNoteKk', 'publicNoteRu'] as const) {
        const result = placeChangeSchema.safeParse({ ...fixed, [field]: `${fixed[field]}${bad}` });
        expect(result.success ? {} : fieldErrors(result.error), `${field} ${JSON.stringify(bad)}`).toEqual({ [field]: 'controlCharacters' });
      }
      const date = placeChangeSchema.safeParse({ ...fixed, passedOn: `2026-03-10${bad}` });
      expect(date.success ? {} : fieldErrors(date.error)).toEqual({ passedOn: 'badDate' });
      const status = placeChangeSchema.safeParse({ ...fixed, status: `fixed${bad}` });
      expect(status.success ? {} : fieldErrors(status.error)).toEqual({ status: 'unknownStatus' });
    }
  });

  it('takes reported and rejected as they are', () => {
    expect(placeChangeSchema.parse({ status: 'rejected' }).status).toBe('rejected');
    expect(placeChangeSchema.parse({ status: 'reported', addressee: '' }).addressee).toBeUndefined();
    expect(placeChangeSchema.safeParse({ status: 'lost' }).success).toBe(false);
  });

  it('has an age in whole days', () => {
    expect(ageInDays(new Date('2026-03-01T10:00:00Z'), new Date('2026-03-04T09:00:00Z'))).toBe(2);
  });
});
