import { describe, expect, it } from 'vitest';
import {
  addMinutesKeepingOffset,
  articleNode,
  audienceNode,
  breadcrumbNode,
  eventNode,
  jsonLdGraph,
  serializeJsonLd,
  videoNode,
  type LessonFacts,
} from '../../../src/lib/structured-data';

const facts: LessonFacts = {
  url: 'https://zanbala.example/kk/articles/fraud/',
  title: 'Алаяқтардан сақтан',
  summary: 'Алаяқтар не сұрайды және не істеу керек.',
  langTag: 'kk-KZ',
  image: 'https://zanbala.example/_astro/cover.jpg',
  publishedAt: new Date('2026-03-01T00:00:00Z'),
  audiences: ['11-14', 'parents'],
  topics: ['Интернеттегі қауіпсіздік'],
  publisher: { name: 'Zanbala', url: 'https://zanbala.example/kk/' },
  author: { name: 'Облыс прокуратурасы', url: 'https://zanbala.example/kk/' },
};

describe('an Article', () => {
  it('has headline, image, dates, language, author and publisher', () => {
    expect(articleNode(facts)).toMatchObject({
      '@type': 'Article',
      headline: facts.title,
      description: facts.summary,
      image: [facts.image],
      datePublished: '2026-03-01T00:00:00.000Z',
      dateModified: '2026-03-01T00:00:00.000Z',
      inLanguage: 'kk-KZ',
      author: { '@type': 'Organization', name: 'Облыс прокуратурасы' },
      publisher: { '@type': 'Organization', name: 'Zanbala' },
      mainEntityOfPage: facts.url,
      about: [{ '@type': 'Thing', name: 'Интернеттегі қауіпсіздік' }],
    });
    expect(articleNode({ ...facts, updatedAt: new Date('2026-04-02T00:00:00Z') }).dateModified).toBe('2026-04-02T00:00:00.000Z');
  });
});

describe('audiences', () => {
  it('are age ranges for tiers and roles for adults', () => {
    expect(audienceNode('7-10')).toEqual({ '@type': 'PeopleAudience', suggestedMinAge: 7, suggestedMaxAge: 10 });
    expect(audienceNode('teachers')).toEqual({ '@type': 'EducationalAudience', educationalRole: 'teacher' });
    expect(audienceNode('parents')).toEqual({ '@type': 'PeopleAudience', audienceType: 'parents' });
  });
});

describe('a VideoObject', () => {
  const video = {
    ...facts,
    durationSeconds: 270,
    transcript: 'Жолдан өткенде бағдаршамға қара.',
    captions: [{ langTag: 'kk-KZ', url: 'https://zanbala.example/media/safe-way-kk.vtt' }],
  };

  it('has thumbnail, upload date, duration, transcript and its caption files', () => {
    expect(videoNode({ ...video, contentUrl: 'https://zanbala.example/media/safe-way.mp4' })).toMatchObject({
      '@type': 'VideoObject',
      name: facts.title,
      thumbnailUrl: [facts.image],
      uploadDate: '2026-03-01T00:00:00.000Z',
      duration: 'PT4M30S',
      contentUrl: 'https://zanbala.example/media/safe-way.mp4',
      transcript: 'Жолдан өткенде бағдаршамға қара.',
      caption: [{ '@type': 'MediaObject', contentUrl: 'https://zanbala.example/media/safe-way-kk.vtt', encodingFormat: 'text/vtt', inLanguage: 'kk-KZ' }],
    });
  });

  it('names the player of a hosted video instead of a file', () => {
    const node = videoNode({ ...video, embedUrl: 'https://www.youtube-nocookie.com/embed/abcdefghijk' });
    expect(node['embedUrl']).toBe('https://www.youtube-nocookie.com/embed/abcdefghijk');
    expect(node).not.toHaveProperty('contentUrl');
  });
});

describe('an Event', () => {
  const webinar = {
    ...facts,
    startsAt: '2026-12-10T15:00:00+05:00',
    durationMinutes: 90,
    registrationUrl: 'https://forms.example/register',
    speakers: [{ name: 'Айгүл Сейітова', role: 'прокурор' }],
  };

  it('is online, starts and ends with the offset the editor wrote, and happens at a virtual location', () => {
    expect(eventNode(webinar)).toMatchObject({
      '@type': 'Event',
      name: facts.title,
      startDate: '2026-12-10T15:00:00+05:00',
      endDate: '2026-12-10T16:30:00+05:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'VirtualLocation', url: 'https://forms.example/register' },
      organizer: { '@type': 'Organization', name: 'Облыс прокуратурасы' },
      performer: [{ '@type': 'Person', name: 'Айгүл Сейітова', jobTitle: 'прокурор' }],
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'KZT' },
    });
  });

  it('prefers the join link as location and links the recording once there is one', () => {
    const node = eventNode({ ...webinar, joinUrl: 'https://meet.example/x', recordingUrl: 'https://zanbala.example/kk/videos/rec/' });
    expect(node['location']).toEqual({ '@type': 'VirtualLocation', url: 'https://meet.example/x' });
    expect(node['recordedIn']).toEqual({ '@type': 'VideoObject', url: 'https://zanbala.example/kk/videos/rec/' });
  });

  it('falls back to the lesson page when there is neither a join nor a registration link', () => {
    const { registrationUrl: _ignored, ...withoutLinks } = webinar;
    expect(eventNode(withoutLinks)['location']).toEqual({ '@type': 'VirtualLocation', url: facts.url });
  });
});

describe('adding minutes and keeping the offset', () => {
  it('crosses midnight and keeps any offset', () => {
    expect(addMinutesKeepingOffset('2026-12-10T23:30:00+05:00', 60)).toBe('2026-12-11T00:30:00+05:00');
    expect(addMinutesKeepingOffset('2026-12-10T10:00:00Z', 45)).toBe('2026-12-10T10:45:00Z');
    expect(addMinutesKeepingOffset('2026-12-10T10:00:00-03:30', 30)).toBe('2026-12-10T10:30:00-03:30');
  });

  it('refuses a time without an offset', () => {
    expect(() => addMinutesKeepingOffset('2026-12-10T10:00:00', 30)).toThrow(/offset/);
  });
});

describe('breadcrumbs and the JSON-LD document', () => {
  it('number the crumbs from 1 with absolute items', () => {
    expect(
      breadcrumbNode([
        { name: 'Басты бет', url: 'https://zanbala.example/kk/' },
        { name: 'X', url: facts.url },
      ]),
    ).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Басты бет', item: 'https://zanbala.example/kk/' },
        { '@type': 'ListItem', position: 2, name: 'X', item: facts.url },
      ],
    });
  });

  it('serializes so that no text can close the script element', () => {
    const json = serializeJsonLd(jsonLdGraph([{ '@type': 'Thing', name: '</script><script>alert(1)</script>' }]));
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Thing', name: '</script><script>alert(1)</script>' }] });
  });
});
