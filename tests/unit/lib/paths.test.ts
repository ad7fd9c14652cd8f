import { describe, expect, it } from 'vitest';
import { absoluteUrl, audiencePath, helpPath, homePath, lessonPath, topicPath, topicsPath, webinarIcsPath } from '../../../src/lib/paths';

describe('the URL contract', () => {
  it('builds every public page path with its language and a trailing slash', () => {
    expect(homePath('kk')).toBe('/kk/');
    expect(audiencePath('ru', '11-14')).toBe('/ru/11-14/');
    expect(lessonPath('kk', 'articles', 'bullying-what-it-is')).toBe('/kk/articles/bullying-what-it-is/');
    expect(lessonPath('ru', 'videos', 'safe-way-video')).toBe('/ru/videos/safe-way-video/');
    expect(lessonPath('kk', 'webinars', 'webinar-rights-teens')).toBe('/kk/webinars/webinar-rights-teens/');
    expect(topicPath('ru', 'bullying')).toBe('/ru/topics/bullying/');
    expect(topicsPath('kk')).toBe('/kk/topics/');
    expect(helpPath('ru')).toBe('/ru/help/');
  });

  it('puts a webinar calendar file beside its page', () => {
    expect(webinarIcsPath('kk', 'webinar-rights-teens')).toBe('/kk/webinars/webinar-rights-teens.ics');
  });

  it('makes absolute URLs on the configured origin', () => {
    expect(absoluteUrl('/kk/help/', 'https://zanbala.kz')).toBe('https://zanbala.kz/kk/help/');
  });
});
