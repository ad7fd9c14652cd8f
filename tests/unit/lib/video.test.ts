import { describe, expect, it } from 'vitest';
import { externalVideo, orderCaptions } from '../../../src/lib/video';
import { nextWebinar } from '../../../src/lib/webinars';

describe('external videos', () => {
  it('play YouTube links through the no-cookie player', () => {
    for (const url of ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube.com/shorts/dQw4w9WgXcQ']) {
      expect(externalVideo(url).embedUrl).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    }
  });

  it('play Vimeo without tracking and only link other hosts', () => {
    expect(externalVideo('https://vimeo.com/76979871').embedUrl).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
    expect(externalVideo('https://example.org/v/1')).toEqual({ host: 'example.org', pageUrl: 'https://example.org/v/1', embedUrl: undefined });
  });

  it('put the page language first among caption tracks', () => {
    const tracks = [
      { lang: 'ru' as const, file: 'a-ru.vtt' },
      { lang: 'kk' as const, file: 'a-kk.vtt' },
    ];
    expect(orderCaptions(tracks, 'kk').map((track) => track.lang)).toEqual(['kk', 'ru']);
  });
});

describe('the next webinar', () => {
  const webinar = (startsAt: string, durationMinutes = 60) => ({ entry: { data: { startsAt, durationMinutes } } });
  const now = new Date('2026-12-10T10:30:00Z');

  it('is the soonest one that has not ended, a running one included', () => {
    const past = webinar('2026-10-15T18:00:00+05:00');
    const running = webinar('2026-12-10T15:00:00+05:00');
    const later = webinar('2027-01-21T16:00:00+05:00');
    expect(nextWebinar([later, past, running], now)).toBe(running);
    expect(nextWebinar([past], now)).toBeUndefined();
  });
});
