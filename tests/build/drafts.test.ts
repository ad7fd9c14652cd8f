/**
 * The editors' workflow end to end, in a copy of the project: `npm run new` writes lessons that
 * build as they are; drafts and scheduled lessons stay out of the production build (pages, RSS,
 * sitemap, search index) and show with a banner in a PREVIEW_DRAFTS=1 build; <Mci> prints this
 * year's fine in tenge. Two builds in all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { astroBuild } from '../../scripts/lib/build.mjs';
import { mciFor, tengeFor, yearInKazakhstan } from '../../src/lib/mci';
import { copyProject } from '../support/project-copy';

const root = fileURLToPath(new URL('../..', import.meta.url));
const quietEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };

/** Unpublished lessons the test adds, by their page path. */
const DRAFTS = {
  article: '/kk/articles/zhana-sabaq-tekseru/',
  translation: '/ru/articles/zhana-sabaq-tekseru/',
  video: '/ru/videos/novoe-video-proverka/',
  webinar: '/kk/webinars/zhana-vebinar-tekseru/',
};
const SCHEDULED = '/kk/articles/scheduled-lesson/';
const UNPUBLISHED = [...Object.values(DRAFTS), SCHEDULED];

function newLesson(copy: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/new.ts', ...args], { cwd: copy, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
}

const page = (copy: string, path: string) => join(copy, 'dist', 'client', path, 'index.html');
const read = (copy: string, path: string) => readFileSync(join(copy, 'dist', 'client', path), 'utf8');

/** The text of every search-index fragment (gzip files written by Pagefind). */
function searchIndexText(copy: string): string {
  const folder = join(copy, 'dist', 'client', 'pagefind', 'fragment');
  return readdirSync(folder)
    .map((name) => gunzipSync(readFileSync(join(folder, name))).toString('utf8'))
    .join('\n');
}

describe('drafts, scheduled lessons and new lessons', () => {
  let copy: string;
  let production: { ok: boolean; output: string };

  beforeAll(() => {
    copy = copyProject(root, 'zanbala-drafts-');
    newLesson(copy, 'article', '--lang', 'kk', '--audience', '7-10', '--audience', 'parents', '--title', 'Жаңа сабақ: тексеру');
    newLesson(copy, 'video', '--lang', 'ru', '--audience', '11-14', '--title', 'Новое видео: проверка');
    newLesson(copy, 'webinar', '--lang', 'kk', '--audience', 'teachers', '--title', 'Жаңа вебинар: тексеру');
    const source = readFileSync(join(copy, 'content/articles/kk/bullying-law-fines.mdx'), 'utf8');
    const scheduled = source.replace(/^publishedAt: .*$/m, 'publishedAt: 2099-01-01').replace(/^translationKey: .*$/m, 'translationKey: scheduled-lesson');
    writeFileSync(join(copy, 'content/articles/kk/scheduled-lesson.mdx'), scheduled);
    production = astroBuild(copy, { quiet: true, env: quietEnv });
  });

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('refuses to overwrite a lesson', () => {
    const again = spawnSync(process.execPath, ['scripts/new.ts', 'article', '--lang', 'kk', '--audience', '7-10', '--title', 'Жаңа сабақ: тексеру'], {
      cwd: copy,
      encoding: 'utf8',
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/articles/kk/zhana-sabaq-tekseru.mdx');
  });

  it('builds with the new lessons as they are written', () => {
    expect(production.ok, production.output.slice(-3000)).toBe(true);
  });

  it('keeps drafts and scheduled lessons out of production pages, feeds, sitemap and search', () => {
    for (const path of UNPUBLISHED) expect(existsSync(page(copy, path)), path).toBe(false);
    const feeds = ['kk/rss.xml', 'ru/rss.xml', 'kk/7-10/rss.xml', 'kk/teachers/rss.xml', 'ru/11-14/rss.xml', 'sitemap-0.xml'].map((file) => read(copy, file));
    for (const feed of feeds) for (const path of UNPUBLISHED) expect(feed).not.toContain(path);
    const index = searchIndexText(copy);
    for (const path of UNPUBLISHED) expect(index).not.toContain(path);
    expect(index).toContain('/kk/articles/bullying-law-fines/');
  });

  it('prints fines in MCI with this year’s tenge, in the page’s language', () => {
    const table = (parse(readFileSync(join(root, 'content/data/mci.yaml'), 'utf8')) as { id: string; tenge: number }[]).map((row) => ({
      year: Number(row.id),
      tenge: row.tenge,
    }));
    const mci = mciFor(table, yearInKazakhstan(new Date()))!;
    const tenge = (lang: string) => new Intl.NumberFormat(lang).format(tengeFor(10, mci));
    const kk = read(copy, 'kk/articles/bullying-law-fines/index.html');
    const ru = read(copy, 'ru/articles/bullying-law-fines/index.html');
    expect(kk).toContain(`10 <abbr title="айлық есептік көрсеткіш">АЕК</abbr> (${tenge('kk-KZ')} ₸, ${mci.year} жылы`);
    expect(ru).toContain(`10 <abbr title="месячный расчётный показатель">МРП</abbr> (${tenge('ru-KZ')} ₸ ${mci.exact ? 'в' : 'по значению'} ${mci.year}`);
  });

  it('shows drafts and scheduled lessons with a banner in a preview build', () => {
    const preview = astroBuild(copy, { quiet: true, env: { ...quietEnv, PREVIEW_DRAFTS: '1' } });
    expect(preview.ok, preview.output.slice(-3000)).toBe(true);
    for (const path of Object.values(DRAFTS)) {
      const html = readFileSync(page(copy, path), 'utf8');
      expect(html, path).toContain('data-lesson-status="draft"');
      expect(html, path).toContain('name="robots" content="noindex"');
    }
    expect(readFileSync(page(copy, DRAFTS.article), 'utf8')).toContain('Жоба: бұл сабақ әлі жарияланбаған');
    expect(readFileSync(page(copy, DRAFTS.video), 'utf8')).toContain('Черновик: урок ещё не опубликован');
    const scheduled = readFileSync(page(copy, SCHEDULED), 'utf8');
    expect(scheduled).toContain('data-lesson-status="scheduled"');
    expect(scheduled).toContain('2099');
    expect(readFileSync(page(copy, '/kk/articles/bullying-law-fines/'), 'utf8')).not.toContain('data-lesson-status');
  });
});
