import { describe, expect, it } from 'vitest';
import { lessonStatus, passesSampleRule, showsSamples, showsUnpublished } from '../../../src/lib/lessons';

const now = new Date('2026-11-25T12:00:00+05:00');

describe('a lesson status', () => {
  it('is draft whatever its date when draft is true', () => {
    expect(lessonStatus({ draft: true, publishedAt: new Date('2026-01-01') }, now)).toBe('draft');
    expect(lessonStatus({ draft: true, publishedAt: new Date('2027-01-01') }, now)).toBe('draft');
  });

  it('is scheduled until its publication date, then published', () => {
    expect(lessonStatus({ draft: false, publishedAt: new Date('2026-11-26') }, now)).toBe('scheduled');
    expect(lessonStatus({ draft: false, publishedAt: new Date('2026-11-25') }, now)).toBe('published');
  });
});

describe('unpublished lessons', () => {
  it('show in dev and in a PREVIEW_DRAFTS=1 build only', () => {
    expect(showsUnpublished({ DEV: true })).toBe(true);
    expect(showsUnpublished({ DEV: false, PREVIEW_DRAFTS: '1' })).toBe(true);
    expect(showsUnpublished({ DEV: false, PREVIEW_DRAFTS: 'true' })).toBe(true);
    expect(showsUnpublished({ DEV: false })).toBe(false);
    expect(showsUnpublished({ DEV: false, PREVIEW_DRAFTS: '0' })).toBe(false);
  });
});

describe('sample content', () => {
  it('shows in dev, in a preview, and in a production build only with SHOW_SAMPLES=1', () => {
    expect(showsSamples({ DEV: true })).toBe(true);
    expect(showsSamples({ DEV: false, PREVIEW_DRAFTS: '1' })).toBe(true);
    expect(showsSamples({ DEV: false, SHOW_SAMPLES: '1' })).toBe(true);
    expect(showsSamples({ DEV: false, SHOW_SAMPLES: 'true' })).toBe(true);
    expect(showsSamples({ DEV: false })).toBe(false);
    expect(showsSamples({ DEV: false, SHOW_SAMPLES: '0' })).toBe(false);
  });

  it('keeps a sample out of a build without samples, and leaves every other lesson alone', () => {
    expect(passesSampleRule({ sample: true }, false)).toBe(false);
    expect(passesSampleRule({ sample: true }, true)).toBe(true);
    expect(passesSampleRule({ sample: false }, false)).toBe(true);
    expect(passesSampleRule({}, false)).toBe(true);
  });
});
