/**
 * `npm run new -- article|video|webinar --lang kk|ru --audience 7-10 [--audience parents] --title "…"`
 * writes a new lesson as a draft with every field and TODO markers, a stub of its translation and,
 * for a video, caption files; it never overwrites a file. Editors read its messages, so they are in
 * Russian. What is written comes from src/lib/scaffold.ts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { AUDIENCES, isAudience } from '../src/lib/audiences.ts';
import { isLang } from '../src/lib/langs.ts';
import type { LessonKind } from '../src/lib/lessons.ts';
import { scaffoldLesson } from '../src/lib/scaffold.ts';
import { slugify } from '../src/lib/slug.ts';

const KINDS: Record<string, LessonKind> = { article: 'articles', video: 'videos', webinar: 'webinars' };
const USAGE = 'Как вызвать: npm run new -- article|video|webinar --lang kk|ru --audience 7-10 [--audience parents] --title "Название"';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string' },
    audience: { type: 'string', multiple: true },
    title: { type: 'string' },
    slug: { type: 'string' },
    root: { type: 'string', default: process.cwd() },
  },
});

const kind = KINDS[positionals[0] ?? ''];
if (!kind) fail(`Укажите вид урока: article, video или webinar (получено: ${positionals[0] ?? 'ничего'}).`);
const { lang, title = '' } = values;
if (!isLang(lang)) fail('Укажите язык урока: --lang kk или --lang ru.');
const audiences = values.audience ?? [];
const wrong = audiences.filter((audience) => !isAudience(audience));
if (audiences.length === 0 || wrong.length > 0)
  fail(`Укажите аудиторию: --audience ${AUDIENCES.join(' | ')}${wrong.length ? ` (неизвестно: ${wrong.join(', ')})` : ''}.`);
if (title.trim().length < 3 || title.length > 100) fail('Укажите название урока: --title "…", от 3 до 100 знаков.');
const slug = values.slug ?? slugify(title);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail(`Из названия не получился адрес урока («${slug}»): задайте его сами, --slug latin-words.`);

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
const files = scaffoldLesson({ kind, lang, audiences: audiences.filter(isAudience), title: title.trim(), slug, today });
const taken = files.filter((file) => existsSync(join(values.root, file.path)));
if (taken.length > 0) fail(`Такие файлы уже есть, ничего не записано: ${taken.map((file) => file.path).join(', ')}. Выберите другое название или --slug.`);

for (const file of files) {
  mkdirSync(dirname(join(values.root, file.path)), { recursive: true });
  writeFileSync(join(values.root, file.path), file.text, { flag: 'wx' });
  console.log(`Создан ${file.path}`);
}
console.log('Урок создан как черновик (draft: true). Заполните места с пометкой TODO, посмотрите его в `npm run dev`,');
console.log('проверьте `npm run content:check` и, когда ошибок нет, поставьте draft: false. Подробно: content/README.md.');
