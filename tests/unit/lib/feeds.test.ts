import { describe, expect, it } from 'vitest';
import { FEED_LIMIT, buildFeed, feedItem, selectLessons, type FeedLabels } from '../../../src/lib/feeds';
import { aLesson } from './lesson-summary';

const lesson = aLesson;

const labels: FeedLabels = { kind: (kind) => `kind:${kind}`, audience: (audience) => `aud:${audience}`, topic: (topic) => `topic:${topic}` };
const site = 'https://zanbala.example/';

const lessons = [
  lesson('old', { publishedAt: new Date('2026-01-01') }),
  lesson('new', { publishedAt: new Date('2026-05-01'), audiences: ['parents'] }),
  lesson('russian', { lang: 'ru' }),
  lesson('video', { kind: 'videos', audiences: ['7-10', '11-14'] }),
];

describe('selecting the lessons of a feed', () => {
  it('takes one language, newest first', () => {
    expect(selectLessons(lessons, { lang: 'kk' }).map((item) => item.slug)).toEqual(['new', 'video', 'old']);
    expect(selectLessons(lessons, { lang: 'ru' }).map((item) => item.slug)).toEqual(['russian']);
  });

  it('narrows to one audience', () => {
    expect(selectLessons(lessons, { lang: 'kk', audience: '11-14' }).map((item) => item.slug)).toEqual(['video', 'old']);
    expect(selectLessons(lessons, { lang: 'kk', audience: 'teachers' })).toEqual([]);
  });

  it('keeps at most the limit', () => {
    const many = Array.from({ length: FEED_LIMIT + 5 }, (_, index) => lesson(`l${index}`));
    expect(selectLessons(many, { lang: 'kk' })).toHaveLength(FEED_LIMIT);
    expect(selectLessons(many, { lang: 'kk', limit: 3 })).toHaveLength(3);
  });
});

describe('a feed item', () => {
  it('links the lesson absolutely and names its kind, audiences and topics', () => {
    const item = feedItem(lesson('video', { kind: 'videos', audiences: ['7-10', 'parents'] }), site, labels);
    expect(item.url).toBe('https://zanbala.example/kk/videos/video/');
    expect(item.summary).toBe('Summary of video');
    expect(item.categories).toEqual(['kind:videos', 'aud:7-10', 'aud:parents', 'topic:bullying']);
  });
});

describe('a whole feed', () => {
  it('points at its page and at itself absolutely', () => {
    const context = { site, title: 'T', description: 'D', labels };
    const all = buildFeed(lessons, { lang: 'kk' }, context);
    expect(all.homeUrl).toBe('https://zanbala.example/kk/');
    expect(all.rssUrl).toBe('https://zanbala.example/kk/rss.xml');
    expect(all.items.map((item) => item.url)).toEqual([
      'https://zanbala.example/kk/articles/new/',
      'https://zanbala.example/kk/videos/video/',
      'https://zanbala.example/kk/articles/old/',
    ]);
    const parents = buildFeed(lessons, { lang: 'kk', audience: 'parents' }, context);
    expect(parents.homeUrl).toBe('https://zanbala.example/kk/parents/');
    expect(parents.rssUrl).toBe('https://zanbala.example/kk/parents/rss.xml');
    expect(parents.items).toHaveLength(1);
  });
});
