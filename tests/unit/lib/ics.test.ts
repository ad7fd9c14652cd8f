import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, icsUtc } from '../../../src/lib/ics';

const event = {
  uid: 'kk-webinar-bullying-teachers@zanbala.kz',
  start: new Date('2026-12-10T15:00:00+05:00'),
  durationMinutes: 90,
  title: 'Вебинар мұғалімдерге: сыныптағы буллингті қалай тоқтатуға болады; жоспар, сұрақтар',
  description: 'Бірінші жол\nЕкінші жол, үтірмен',
  url: 'https://zanbala.kz/kk/webinars/webinar-bullying-teachers/',
  stamp: new Date('2026-11-10T00:00:00Z'),
};

/** Unfolds and splits content lines the way a calendar application reads them. */
function parse(ics: string): Map<string, string> {
  const lines = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  return new Map(lines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]));
}

describe('a webinar calendar file', () => {
  const ics = buildIcs(event);

  it('uses CRLF line endings only', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every physical line within 75 octets without splitting a Kazakh letter', () => {
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
  });

  it('gives the start and end in UTC, so calendars show them in their own zone', () => {
    const props = parse(ics);
    expect(props.get('DTSTART')).toBe('20261210T100000Z');
    expect(props.get('DTEND')).toBe('20261210T113000Z');
    expect(props.get('DTSTAMP')).toBe('20261110T000000Z');
  });

  it('restores the escaped title and description when unfolded', () => {
    const props = parse(ics);
    expect(props.get('SUMMARY')).toBe(escapeText(event.title));
    expect(props.get('DESCRIPTION')).toBe('Бірінші жол\\nЕкінші жол\\, үтірмен');
    expect(props.get('UID')).toBe(event.uid);
  });

  it('holds exactly one event inside one calendar', () => {
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });
});

describe('calendar text helpers', () => {
  it('escape backslash, semicolon, comma and new lines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('leave a short line alone and fold a long one with a leading space', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldLine(`SUMMARY:${'ә'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'ә'.repeat(60)}`);
  });

  it('write UTC times without separators or milliseconds', () => {
    expect(icsUtc(new Date('2027-01-21T16:00:00+05:00'))).toBe('20270121T110000Z');
  });
});
