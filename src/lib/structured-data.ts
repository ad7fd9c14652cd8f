/**
 * schema.org data (JSON-LD) for lesson pages, so search engines understand what a page is:
 * an Article, a VideoObject or an Event, placed in a BreadcrumbList. Every URL given here is
 * absolute; pages gather the values, these builders only shape them.
 */
import type { Audience } from './audiences.ts';
import { isoDuration } from './durations.ts';

type Node = Record<string, unknown>;

export interface Organization {
  name: string;
  url: string;
}

/** What every lesson page knows about itself. */
export interface LessonFacts {
  url: string;
  title: string;
  summary: string;
  /** BCP 47, e.g. kk-KZ. */
  langTag: string;
  /** The cover as a raster image, absolute. */
  image: string;
  publishedAt: Date;
  updatedAt?: Date | undefined;
  audiences: readonly Audience[];
  /** Topic names in the page's language. */
  topics: readonly string[];
  /** The site. */
  publisher: Organization;
  /** Who writes the lessons: the prosecutor's office. */
  author: Organization;
}

export interface VideoFacts extends LessonFacts {
  durationSeconds: number;
  /** The video file on our site. */
  contentUrl?: string | undefined;
  /** The player of a video host. */
  embedUrl?: string | undefined;
  /** The transcript as plain text. */
  transcript: string;
  captions: readonly { langTag: string; url: string }[];
}

export interface EventFacts extends LessonFacts {
  /** As the editor wrote it, with its UTC offset: 2026-12-10T15:00:00+05:00. */
  startsAt: string;
  durationMinutes: number;
  joinUrl?: string | undefined;
  registrationUrl?: string | undefined;
  speakers: readonly { name: string; role: string }[];
  /** The recording's lesson page, once there is one. */
  recordingUrl?: string | undefined;
}

export interface Crumb {
  name: string;
  url: string;
}

const TIER_AGES: Record<string, [number, number]> = { '7-10': [7, 10], '11-14': [11, 14], '15-18': [15, 18] };

/** A tier as an age range, parents and teachers by their role. */
export function audienceNode(audience: Audience): Node {
  const ages = TIER_AGES[audience];
  if (ages) return { '@type': 'PeopleAudience', suggestedMinAge: ages[0], suggestedMaxAge: ages[1] };
  if (audience === 'teachers') return { '@type': 'EducationalAudience', educationalRole: 'teacher' };
  return { '@type': 'PeopleAudience', audienceType: audience };
}

const organization = (org: Organization): Node => ({ '@type': 'Organization', name: org.name, url: org.url });

/** What Article, VideoObject and Event share. */
function creativeWork(facts: LessonFacts): Node {
  return {
    url: facts.url,
    inLanguage: facts.langTag,
    image: [facts.image],
    audience: facts.audiences.map(audienceNode),
    about: facts.topics.map((name) => ({ '@type': 'Thing', name })),
    isAccessibleForFree: true,
  };
}

export function articleNode(facts: LessonFacts): Node {
  return {
    '@type': 'Article',
    ...creativeWork(facts),
    headline: facts.title,
    description: facts.summary,
    datePublished: facts.publishedAt.toISOString(),
    dateModified: (facts.updatedAt ?? facts.publishedAt).toISOString(),
    author: organization(facts.author),
    publisher: organization(facts.publisher),
    mainEntityOfPage: facts.url,
  };
}

export function videoNode(facts: VideoFacts): Node {
  return {
    '@type': 'VideoObject',
    ...creativeWork(facts),
    name: facts.title,
    description: facts.summary,
    thumbnailUrl: [facts.image],
    uploadDate: facts.publishedAt.toISOString(),
    duration: isoDuration(facts.durationSeconds),
    ...(facts.contentUrl ? { contentUrl: facts.contentUrl } : {}),
    ...(facts.embedUrl ? { embedUrl: facts.embedUrl } : {}),
    transcript: facts.transcript,
    caption: facts.captions.map((track) => ({
      '@type': 'MediaObject',
      contentUrl: track.url,
      encodingFormat: 'text/vtt',
      inLanguage: track.langTag,
    })),
    author: organization(facts.author),
    publisher: organization(facts.publisher),
  };
}

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** `startsAt` plus some minutes, written with the same UTC offset as `startsAt`. */
export function addMinutesKeepingOffset(startsAt: string, minutes: number): string {
  const offset = OFFSET.exec(startsAt)?.[1];
  if (!offset) throw new Error(`Expected a date-time with its UTC offset, got ${startsAt}`);
  const sign = offset[0] === '-' ? -1 : 1;
  const offsetMinutes = /z/i.test(offset) ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2)));
  const end = new Date(new Date(startsAt).getTime() + (minutes + offsetMinutes) * 60_000);
  const local = end.toISOString().slice(0, 19);
  return `${local}${/z/i.test(offset) ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`}`;
}

export function eventNode(facts: EventFacts): Node {
  return {
    '@type': 'Event',
    ...creativeWork(facts),
    name: facts.title,
    description: facts.summary,
    startDate: facts.startsAt,
    endDate: addMinutesKeepingOffset(facts.startsAt, facts.durationMinutes),
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: { '@type': 'VirtualLocation', url: facts.joinUrl ?? facts.registrationUrl ?? facts.url },
    organizer: organization(facts.author),
    performer: facts.speakers.map((speaker) => ({ '@type': 'Person', name: speaker.name, jobTitle: speaker.role })),
    offers: {
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'KZT',
      availability: 'https://schema.org/InStock',
      url: facts.registrationUrl ?? facts.url,
    },
    ...(facts.recordingUrl ? { recordedIn: { '@type': 'VideoObject', url: facts.recordingUrl } } : {}),
  };
}

export function breadcrumbNode(crumbs: readonly Crumb[]): Node {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}

/** Several nodes as one JSON-LD document. */
export function jsonLdGraph(nodes: readonly Node[]): Node {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
