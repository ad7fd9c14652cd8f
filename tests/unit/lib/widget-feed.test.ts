import { describe, expect, it } from 'vitest';
import type { LessonSummary } from '../../../src/lib/lessons';
import { aLesson } from './lesson-summary';
import { WIDGET_FEED_LIMIT, buildWidgetFeed, widgetFeedSchema, type ScheduledLesson } from '../../../src/lib/widget-feed';

const lesson = aLesson;

const webinar = (slug: string, startsAt: string, audiences: LessonSummary['audiences'] = ['11-14']): LessonSummary & ScheduledLesson => ({
  ...lesson(slug, { kind: 'webinars', audiences }),
  startsAt: new Date(startsAt),
  durationMinutes: 60,
});

const site = 'https://zanbala.example/';
const cover = async (item: LessonSummary) => ({ src: `/_astro/${item.slug}.webp`, width: 160, height: 90 });
const now = new Date('2026-11-25T12:00:00Z');

describe('the widget feed', () => {
  it('carries the newest lessons of one audience and language with absolute links and covers', async () => {
    const feed = await buildWidgetFeed({
      lang: 'kk',
      audience: '11-14',
      site,
      now,
      cover,
      webinars: [],
      lessons: [
        lesson('old', { publishedAt: new Date('2026-01-01T00:00:00Z') }),
        lesson('new', { publishedAt: new Date('2026-05-01T00:00:00Z') }),
        lesson('for-parents', { audiences: ['parents'] }),
        lesson('russian', { lang: 'ru' }),
      ],
    });
    expect(feed.version).toBe(1);
    expect(feed.homeUrl).toBe('https://zanbala.example/kk/11-14/');
    expect(feed.lessons.map((item) => item.url)).toEqual(['https://zanbala.example/kk/articles/new/', 'https://zanbala.example/kk/articles/old/']);
    expect(feed.lessons[0]).toEqual({
      kind: 'articles',
      title: 'Title new',
      url: 'https://zanbala.example/kk/articles/new/',
      publishedAt: '2026-05-01T00:00:00.000Z',
      cover: { url: 'https://zanbala.example/_astro/new.webp', width: 160, height: 90 },
    });
    expect(feed.nextWebinar).toBeNull();
  });

  it(`keeps at most ${WIDGET_FEED_LIMIT} lessons`, async () => {
    const lessons = Array.from({ length: WIDGET_FEED_LIMIT + 3 }, (_, index) => lesson(`l${index}`));
    const feed = await buildWidgetFeed({ lang: 'kk', audience: '11-14', site, now, cover, webinars: [], lessons });
    expect(feed.lessons).toHaveLength(WIDGET_FEED_LIMIT);
  });

  it('names the soonest webinar of the audience that has not ended', async () => {
    const webinars = [
      webinar('ended', '2026-11-20T10:00:00Z'),
      webinar('later', '2026-12-20T10:00:00Z'),
      webinar('sooner', '2026-12-01T10:00:00Z'),
      webinar('for-parents', '2026-11-26T10:00:00Z', ['parents']),
      webinar('running', '2026-11-25T11:30:00Z', ['teachers']),
    ];
    const feed = await buildWidgetFeed({ lang: 'kk', audience: '11-14', site, now, cover, webinars, lessons: [] });
    expect(feed.nextWebinar).toMatchObject({ url: 'https://zanbala.example/kk/webinars/sooner/', startsAt: '2026-12-01T10:00:00.000Z', durationMinutes: 60 });
    const teachers = await buildWidgetFeed({ lang: 'kk', audience: 'teachers', site, now, cover, webinars, lessons: [] });
    expect(teachers.nextWebinar?.title).toBe('Title running');
  });

  it('is described by a schema that refuses another version or a relative link', () => {
    const valid = { version: 1, lang: 'ru', audience: 'parents', homeUrl: 'https://zanbala.example/ru/parents/', lessons: [], nextWebinar: null };
    expect(widgetFeedSchema.safeParse(valid).success).toBe(true);
    expect(widgetFeedSchema.safeParse({ ...valid, version: 2 }).success).toBe(false);
    expect(widgetFeedSchema.safeParse({ ...valid, homeUrl: '/ru/parents/' }).success).toBe(false);
  });
});
