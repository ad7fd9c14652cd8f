import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  audiencePath,
  embedPath,
  feedPath,
  helpPath,
  homePath,
  lessonPath,
  posterPath,
  postersPath,
  printQrPath,
  schoolsPath,
  topicPath,
  topicsPath,
  webinarIcsPath,
} from '../../../src/lib/paths';

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
    expect(posterPath('kk', 'almaty-region')).toBe('/kk/posters/almaty-region/');
    expect(postersPath('ru')).toBe('/ru/posters/');
    expect(schoolsPath('kk')).toBe('/kk/schools/');
    expect(embedPath('ru', 'parents')).toBe('/embed/ru/parents/');
  });

  it('preselects a region on the help page through the query, as posters and the widget link it', () => {
    expect(helpPath('kk', 'almaty-region')).toBe('/kk/help/?region=almaty-region');
    expect(helpPath('ru', 'astana', '7-10')).toBe('/ru/help/?region=astana&tier=7-10');
    expect(helpPath('ru', undefined, '15-18')).toBe('/ru/help/?tier=15-18');
  });

  it('puts the widget feed of a language and audience under /feeds/', () => {
    expect(feedPath('kk', '11-14')).toBe('/feeds/kk/11-14.json');
  });

  it('names the printed QR code of a page after the page, and refuses anything but a page path', () => {
    expect(printQrPath('/kk/articles/bullying-what-it-is/')).toBe('/qr/kk/articles/bullying-what-it-is.svg');
    expect(printQrPath('/ru/help/')).toBe('/qr/ru/help.svg');
    expect(() => printQrPath('/kk/help/?region=abai')).toThrow(/page path/);
    expect(() => printQrPath('https://zanbala.example/kk/')).toThrow(/page path/);
  });

  it('puts a webinar calendar file beside its page', () => {
    expect(webinarIcsPath('kk', 'webinar-rights-teens')).toBe('/kk/webinars/webinar-rights-teens.ics');
  });

  it('makes absolute URLs on the configured origin', () => {
    expect(absoluteUrl('/kk/help/', 'https://zanbala.kz')).toBe('https://zanbala.kz/kk/help/');
  });
});
