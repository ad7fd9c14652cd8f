/**
 * Each rule of the content check has a fixture in tests/fixtures/content-check/<rule>/ that breaks
 * it; the finding must name the file and the line, with the right severity, in the editor's words.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatLine, loadContent, runChecks, toJson, type Finding } from '../../../../src/lib/content-check/index.ts';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/content-check/', import.meta.url));
/** A fixed "now" so dates in fixtures keep their meaning. */
const NOW = new Date('2026-11-25T12:00:00+05:00');

const findingsOf = (fixture: string, root = join(FIXTURES, fixture)) => runChecks(loadContent(root), NOW);

function expectFinding(findings: Finding[], expected: Pick<Finding, 'file' | 'line' | 'severity' | 'code'>) {
  const found = findings.find((finding) => finding.code === expected.code && finding.file === expected.file && finding.line === expected.line);
  expect(found, `no ${expected.code} in ${expected.file}; got ${findings.map((f) => `${f.file}:${f.line} ${f.code}`).join(', ')}`).toBeDefined();
  expect(found).toMatchObject(expected);
  const line = formatLine(found!);
  expect(line.startsWith(`${expected.file}:${expected.line}: ${expected.severity}`)).toBe(true);
  return found!;
}

/** Each case: its name, the fixture, and the finding as `file:line severity code`, the way the check prints it. */
function parseFinding(text: string): Pick<Finding, 'file' | 'line' | 'severity' | 'code'> {
  const [, file, line, severity, code] = /^(.+):(\d+) (error|warning) (\S+)$/.exec(text) ?? [];
  if (!file || !severity || !code) throw new Error(`Write a case's finding as "file:line severity code", not "${text}"`);
  return { file, line: Number(line), severity: severity as Finding['severity'], code: code as Finding['code'] };
}

const cases: [string, string, string][] = [
  ['a lesson without its other language is a warning', 'translations', 'content/articles/kk/alone.mdx:10 warning translation-missing'],
  ['a translationKey used twice in one language is an error', 'translations', 'content/articles/kk/twin-b.mdx:10 error translation-key-duplicate'],
  ['two files with one slug are an error', 'slugs', 'content/articles/kk/same-name.mdx:1 error slug-duplicate'],
  ['an image without alt text is an error', 'images', 'content/articles/kk/no-alt.mdx:15 error image-alt-missing'],
  ['a file name as alt text is an error', 'images', 'content/articles/kk/file-alt.mdx:8 error image-alt-file-name'],
  ['a video without captions in its language is an error', 'captions', 'content/videos/kk/no-own-captions.mdx:14 error captions-missing-lang'],
  ['a caption file that is not WebVTT is an error', 'captions', 'content/videos/kk/broken-captions.mdx:16 error captions-invalid'],
  ['a link to a page the site does not have is an error', 'links', 'content/articles/kk/links.mdx:15 error link-broken'],
  ['an anchor to no heading of the target is an error', 'links', 'content/articles/kk/links.mdx:17 error anchor-broken'],
  ['a relative link is an error: it breaks when pages move', 'links', 'content/articles/kk/links.mdx:21 error link-broken'],
  ['a published lesson linking to a draft is an error', 'links', 'content/articles/kk/links.mdx:19 error link-unpublished'],
  ['a sentence a little over the limit is a warning', 'readability', 'content/articles/ru/long.mdx:15 warning sentence-too-long'],
  ['a missing legal review is a warning', 'legal', 'content/articles/ru/no-review.mdx:1 warning review-missing'],
  ['a legal review older than 12 months is a warning', 'legal', 'content/articles/ru/old-review.mdx:11 warning review-outdated'],
  ['a legal source outside adilet.zan.kz is a warning', 'legal', 'content/articles/ru/unofficial.mdx:14 warning legal-source-unofficial'],
  ['a past webinar with neither recording nor recap is a warning', 'webinars', 'content/webinars/kk/past-no-outcome.mdx:12 warning webinar-no-outcome'],
  ['a TODO left in a published lesson is an error', 'todo', 'content/articles/kk/published-todo.mdx:15 error todo-left'],
  ['a TODO in a draft is only a warning', 'todo', 'content/articles/kk/draft-todo.mdx:14 warning todo-left'],
  ['a year missing from the MCI table is a warning on that file', 'mci', 'content/data/mci.yaml:1 warning mci-year-missing'],
  ['<Mci> with its number as text is an error', 'mdx', 'content/articles/kk/components.mdx:15 error mci-invalid'],
  ['a component the site does not have is an error', 'mdx', 'content/articles/kk/components.mdx:17 error component-unknown'],
  ['an unclosed component is an error on its line', 'mdx', 'content/articles/kk/unclosed.mdx:15 error mdx-invalid'],
  ['<Fact> with an id the registry lacks is an error', 'facts', 'content/articles/ru/cites.mdx:15 error fact-unknown'],
  ['<Fact> without an id is an error', 'facts', 'content/articles/ru/cites.mdx:17 error fact-invalid'],
  ['<Fact> of a rule not yet in force is an error', 'facts', 'content/articles/ru/cites.mdx:19 error fact-not-in-force'],
  ['<Fact> of a repealed rule is an error', 'facts', 'content/articles/ru/cites.mdx:21 error fact-not-in-force'],
  ['a fact checked again after the lesson’s review asks for a new review', 'facts', 'content/articles/ru/cites.mdx:11 warning fact-changed-since-review'],
  ['a fact checked over 12 months ago is a warning on the registry', 'facts', 'content/data/legal-facts.yaml:12 warning fact-outdated'],
  ['a channel without checkedOn is listed as hidden', 'channels', 'content/data/channels.yaml:1 warning channel-unconfirmed'],
  ['a channel confirmed over 12 months ago is listed as hidden', 'channels', 'content/data/channels.yaml:17 warning channel-outdated'],
  ['a channel confirmed on a future day is listed as hidden', 'channels', 'content/data/channels.yaml:23 warning channel-checked-future'],
  ['a sample lesson is listed, on its `sample` line', 'samples', 'content/articles/kk/invented-webinar-recap.mdx:12 warning sample-lesson'],
  ['a sample channel is listed, on its `sample` line', 'samples', 'content/data/channels.yaml:12 warning sample-channel'],
  ['a published lesson linking to a sample is an error: production has no such page', 'samples', 'content/articles/kk/real.mdx:13 error link-sample'],
  ['a keyword listing several words with a comma is an error', 'keywords', 'content/articles/ru/keywords.mdx:8 error keyword-invalid'],
  ['a keyword that is a whole sentence is an error', 'keywords', 'content/articles/ru/keywords.mdx:12 error keyword-invalid'],
  ['a keyword the shared list of misspellings covers is a warning', 'keywords', 'content/articles/ru/keywords.mdx:9 warning keyword-misspelling-covered'],
  ['a keyword the title already holds is a warning', 'keywords', 'content/articles/ru/keywords.mdx:10 warning keyword-repeated'],
  ['a keyword listed twice, in any case, is a warning', 'keywords', 'content/articles/ru/keywords.mdx:11 warning keyword-repeated'],
  ['more than 20 keywords is a warning', 'keywords', 'content/articles/ru/many-keywords.mdx:6 warning keywords-too-many'],
];

describe('content check', () => {
  it.each(cases)('%s', (_name, fixture, expected) => {
    expectFinding(findingsOf(fixture), parseFinding(expected));
  });

  it('reads far-over sentences and words as errors, for the youngest audience of the lesson', () => {
    const findings = findingsOf('readability');
    const sentence = expectFinding(findings, { file: 'content/articles/ru/long.mdx', line: 17, severity: 'error', code: 'sentence-too-long' });
    expect(sentence.params).toMatchObject({ audience: '7-10', limit: 12 });
    const word = findings.find((finding) => finding.code === 'word-too-long');
    expect(word).toMatchObject({ line: 19, severity: 'error', params: { word: 'достопримечательность' } });
    expect(findings.filter((finding) => finding.line === 13)).toEqual([]);
  });

  it('accepts a link to a real heading, a topic and the help page, and leaves web and phone links alone', () => {
    const findings = findingsOf('links');
    expect(findings.filter((finding) => finding.line === 13)).toEqual([]);
    expect(findings.filter((finding) => finding.line === 21).map((finding) => finding.params['url'])).toEqual(['kk/help/']);
  });

  it('accepts <Mci n={10} />', () => {
    expect(findingsOf('mdx').filter((finding) => finding.file.endsWith('components.mdx') && finding.line === 13)).toEqual([]);
  });

  it('accepts <Fact> of a fact in force, and names each changed fact once per lesson', () => {
    const findings = findingsOf('facts').filter((finding) => finding.code.startsWith('fact-'));
    expect(findings.filter((finding) => finding.file.endsWith('current.mdx'))).toEqual([]);
    expect(findings.filter((finding) => finding.code === 'fact-changed-since-review')).toHaveLength(1);
    expect(findings.filter((finding) => finding.code === 'fact-outdated').map((finding) => finding.params['id'])).toEqual(['old-fact']);
  });

  it('lists every unconfirmed channel, says it is hidden from children and how to confirm it', () => {
    const findings = findingsOf('channels');
    expect(findings.map((finding) => finding.params['id'])).toEqual(['never-checked', 'lapsed', 'typo']);
    const line = formatLine(findings[0]!);
    expect(line).toContain('скрыт от детей до подтверждения');
    expect(line).toContain('checkedOn');
    expect(formatLine(findings[0]!, 'kk')).toContain('балалардан жасырылған');
  });

  it('names only the samples, and tells the office in both languages that production leaves them out', () => {
    const findings = findingsOf('samples').filter((finding) => finding.code.startsWith('sample-'));
    expect(findings.map((finding) => `${finding.file}:${finding.line}`)).toEqual([
      'content/articles/kk/invented-webinar-recap.mdx:12',
      'content/data/channels.yaml:12',
    ]);
    expect(formatLine(findings[0]!)).toContain('SHOW_SAMPLES=1');
    expect(formatLine(findings[0]!)).toContain('вымышленные люди');
    expect(formatLine(findings[1]!, 'kk')).toContain('ешкімге жетпейді');
  });

  it('accepts keywords that are other words, other forms, phrases and the other language, and says what a misspelling becomes', () => {
    const findings = findingsOf('keywords').filter((finding) => finding.code.startsWith('keyword'));
    expect(findings.filter((finding) => finding.file.endsWith('good-keywords.mdx'))).toEqual([]);
    expect(findings.filter((finding) => finding.file.endsWith('/keywords.mdx') && finding.line === 7)).toEqual([]);
    const misspelling = findings.find((finding) => finding.code === 'keyword-misspelling-covered')!;
    expect(formatLine(misspelling)).toContain('«буллинг»');
    expect(formatLine(misspelling, 'kk')).toContain('«буллинг» деп түзетеді');
  });

  it('leaves a past webinar with a recap alone', () => {
    expect(findingsOf('webinars').filter((finding) => finding.file.endsWith('past-with-recap.mdx') && finding.code === 'webinar-no-outcome')).toEqual([]);
  });

  describe('an image over 300 KB', () => {
    const copy = mkdtempSync(join(tmpdir(), 'zanbala-check-images-'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it('is a warning naming the file and the line', () => {
      // Written here rather than committed: a 300 KB fixture would weigh on every clone.
      cpSync(join(FIXTURES, 'images'), copy, { recursive: true });
      writeFileSync(join(copy, 'content/media/big-photo.png'), Buffer.alloc(310 * 1024));
      const found = expectFinding(findingsOf('images', copy), {
        file: 'content/articles/kk/big-image.mdx',
        line: 15,
        severity: 'warning',
        code: 'image-too-large',
      });
      expect(found.params).toMatchObject({ size: 310, limit: 300 });
    });
  });

  it('speaks Russian by default and Kazakh when asked, with English keys in JSON', () => {
    const findings = findingsOf('captions');
    const finding = findings.find((item) => item.code === 'captions-missing-lang')!;
    expect(formatLine(finding)).toContain('У видео нет субтитров на языке урока (kk)');
    expect(formatLine(finding, 'kk')).toContain('Видеода сабақ тіліндегі (kk) субтитр жоқ');
    const json = toJson(findings, 2);
    expect(json).toMatchObject({ files: 2, errors: 2 });
    expect(Object.keys(json.findings[0]!)).toEqual(['file', 'line', 'severity', 'code', 'message', 'fix', 'params']);
  });
});
