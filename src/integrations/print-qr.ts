/**
 * `/qr/{page}.svg`: the QR code of a page as a file, for the codes only paper shows (QrCode's
 * `printOnly`): every lesson's own address and the help page of each language.
 *
 * A build writes them in one pass once the pages are written, one per lesson page it finds (a
 * page route per lesson cost the build far more than the codes themselves); `astro dev` makes
 * each on request.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useTranslations } from '../i18n/index.ts';
import { LANGS, isLang, type Lang } from '../lib/langs.ts';
import { readLessonIndex } from '../lib/lesson-index.ts';
import { LESSON_KINDS } from '../lib/lessons.ts';
import { helpPath, lessonPath, printQrPath } from '../lib/paths.ts';
import { qrSvg, siteQrUrl } from '../lib/qr.ts';

/** The code of the page at `path` (`/kk/help/`), as the file serves it. */
function codeOf(path: string, lang: Lang, site: URL): string {
  const url = siteQrUrl(path, site, 'print');
  return qrSvg(url, useTranslations(lang)('qr.label', { url }));
}

/** The paths of the lesson pages of a build, from its folders: `/kk/articles/x/`. */
async function builtLessonPages(clientDir: string): Promise<string[]> {
  const paths: string[] = [];
  for (const lang of LANGS) {
    for (const kind of LESSON_KINDS) {
      const entries = await readdir(join(clientDir, lang, kind), { withFileTypes: true }).catch(() => []);
      for (const entry of entries) if (entry.isDirectory()) paths.push(`/${lang}/${kind}/${entry.name}/`);
    }
  }
  return paths;
}

async function writeCodes(clientDir: string, site: URL): Promise<number> {
  const pages = [...(await builtLessonPages(clientDir)), ...LANGS.map((lang) => helpPath(lang))];
  const files = pages.map((path) => join(clientDir, printQrPath(path)));
  // A handful of folders for a thousand files: each made once, and the files written all at once.
  for (const folder of new Set(files.map((file) => dirname(file)))) await mkdir(folder, { recursive: true });
  await Promise.all(pages.map((path, index) => writeFile(files[index]!, codeOf(path, path.split('/')[1] as Lang, site))));
  return pages.length;
}

export default function printQr(): AstroIntegration {
  let site: URL | undefined;
  let root = '';
  const siteOrFail = () => {
    if (!site) throw new Error('QR codes for print need `site` in astro.config.mjs');
    return site;
  };
  return {
    name: 'zanbala:print-qr',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const match = /^\/qr(\/([a-z]+)\/.+)\.svg$/.exec(request.url?.split('?')[0] ?? '');
          const path = match ? `${match[1]}/` : '';
          const lang = match?.[2];
          const lessons = () => readLessonIndex(root).map((lesson) => lessonPath(lesson.lang, lesson.kind, lesson.slug));
          if (!isLang(lang) || (path !== helpPath(lang) && !lessons().includes(path))) return next();
          response.setHeader('Content-Type', 'image/svg+xml');
          response.end(codeOf(path, lang, siteOrFail()));
        });
      },
      // Before zanbala:precompress starts on the pages at the same hook, so the codes are compressed with them.
      'astro:build:generated': async ({ dir, logger }) => {
        logger.info(`Wrote ${await writeCodes(fileURLToPath(dir), siteOrFail())} QR codes for print into /qr/`);
      },
    },
  };
}
