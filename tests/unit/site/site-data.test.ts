import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { helplineSchema } from '../../../src/lib/data-schemas';
import { readLessonIndex } from '../../../src/lib/lesson-index';
import { getChannels, getEveryPageHelplines, getHelplines, getRegions, readDataFile } from '../../../src/site/site-data';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the data files as pages rendered on demand read them', () => {
  it('give the three numbers of every page, most urgent first', async () => {
    expect((await getEveryPageHelplines()).map((helpline) => helpline.data.number)).toEqual(['112', '102', '111']);
    const orders = (await getHelplines()).map((helpline) => helpline.data.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('give channels whose regions exist and whose confirmation is a date', async () => {
    const regions = new Set((await getRegions()).map((region) => region.id));
    for (const channel of await getChannels()) {
      expect(regions.has(channel.data.region), channel.id).toBe(true);
      if (channel.data.checkedOn) expect(channel.data.checkedOn).toBeInstanceOf(Date);
    }
  });

  it('name the file, the item and the field when an item breaks a rule', () => {
    const yaml = '- id: "112"\n  number: "11a"\n  order: 1\n  everyPage: true\n  name: { kk: A, ru: A }\n  when: { kk: B, ru: B }\n';
    expect(() => readDataFile('helplines.yaml', yaml, helplineSchema)).toThrow(/content\/data\/helplines\.yaml, "112": number:/);
  });

  it('refuse an id used twice or missing, and a file that is not a list', () => {
    const item = '  number: "112"\n  order: 1\n  everyPage: true\n  name: { kk: A, ru: A }\n  when: { kk: B, ru: B }\n';
    expect(() => readDataFile('helplines.yaml', `- id: a\n${item}- id: a\n${item}`, helplineSchema)).toThrow('the id "a" is used twice');
    expect(() => readDataFile('helplines.yaml', `- ${item.trimStart()}`, helplineSchema)).toThrow('item 1 has no id');
    expect(() => readDataFile('helplines.yaml', 'number: 112\n', helplineSchema)).toThrow('must be a list');
  });
});

describe('the list of lessons the server knows', () => {
  let temp: string | undefined;
  afterEach(() => {
    if (temp) rmSync(temp, { recursive: true, force: true });
    temp = undefined;
  });

  function lesson(path: string, fields: string) {
    const file = join(temp!, 'content', path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `---\ntitle: "Сабақ"\n${fields}\n---\nМәтін.\n`);
  }

  it('has every sample lesson, named as its page is', () => {
    const index = readLessonIndex(root);
    expect(index.length).toBeGreaterThan(40);
    expect(index).toContainEqual(expect.objectContaining({ kind: 'articles', lang: 'ru', slug: 'bullying-what-it-is', audiences: ['7-10'], draft: false }));
  });

  it('keeps drafts and samples (the server leaves them out), skips `_` files and follows a `slug` field', () => {
    temp = mkdtempSync(join(tmpdir(), 'zanbala-index-'));
    lesson('articles/kk/one.mdx', 'audiences: [7-10]\npublishedAt: 2026-01-02');
    lesson('videos/ru/Two Words.mdx', 'audiences: [parents, teachers]\npublishedAt: 2026-01-03\ndraft: true');
    lesson('webinars/kk/three.mdx', 'slug: kk/other-name\naudiences: [15-18]\npublishedAt: 2026-01-04\nsample: true');
    lesson('articles/kk/_notes.mdx', 'audiences: [nobody]');
    expect(readLessonIndex(temp)).toEqual([
      { kind: 'articles', lang: 'kk', slug: 'one', audiences: ['7-10'], draft: false, sample: false, publishedAt: '2026-01-02T00:00:00.000Z' },
      {
        kind: 'videos',
        lang: 'ru',
        slug: 'two-words',
        audiences: ['parents', 'teachers'],
        draft: true,
        sample: false,
        publishedAt: '2026-01-03T00:00:00.000Z',
      },
      { kind: 'webinars', lang: 'kk', slug: 'other-name', audiences: ['15-18'], draft: false, sample: true, publishedAt: '2026-01-04T00:00:00.000Z' },
    ]);
  });

  it('names the file of a lesson whose audience is unknown', () => {
    temp = mkdtempSync(join(tmpdir(), 'zanbala-index-'));
    lesson('articles/ru/bad.mdx', 'audiences: [everyone]\npublishedAt: 2026-01-02');
    expect(() => readLessonIndex(temp!)).toThrow(/content\/articles\/ru\/bad\.mdx: audiences\.0: expected one of/);
  });
});
