/**
 * Lessons made up for `npm run bench:build`: valid articles in pairs (Kazakh and Russian of one
 * translation key), about as long as the sample articles (4–5 KB), in plain Markdown so that a
 * bare Astro project renders the same MDX. All share one cover, as the image work of a real site
 * grows with its covers, not with its lessons.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const AUDIENCES = ['7-10', '11-14', '15-18', 'parents', 'teachers'];
const TOPICS = ['bullying', 'cyberbullying', 'personal-safety', 'online-safety', 'responsibility', 'child-rights'];
export const SYNTHETIC_COVER = '../../media/covers/placeholder.svg';

const WORDS = {
  kk: 'бала құқық мектеп ата-ана мұғалім көмек қауіпсіздік заң телефон интернет дос сынып жауапкершілік сенім өтініш прокуратура хабарлама сұрақ жауап кеңес'.split(
    ' ',
  ),
  ru: 'ребёнок право школа родители учитель помощь безопасность закон телефон интернет друг класс ответственность доверие обращение прокуратура сообщение вопрос ответ совет'.split(
    ' ',
  ),
};
const HEADINGS = {
  kk: ['Бұл не?', 'Неге маңызды?', 'Не істеу керек?', 'Кімге жүгінуге болады?', 'Есте сақта'],
  ru: ['Что это?', 'Почему это важно?', 'Что делать?', 'К кому обратиться?', 'Запомни'],
};

/** A deterministic sentence: the same lesson number always gives the same text. */
function sentence(lang, seed) {
  const words = WORDS[lang];
  const count = 8 + (seed % 7);
  const chosen = Array.from({ length: count }, (_, index) => words[(seed * 7 + index * 13) % words.length]);
  const text = chosen.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(lang, seed) {
  return Array.from({ length: 5 }, (_, index) => sentence(lang, seed + index)).join(' ');
}

/** @param {'kk' | 'ru'} lang @param {number} number */
function body(lang, number) {
  return HEADINGS[lang]
    .map((heading, index) => {
      const seed = number * 31 + index * 5;
      const list = Array.from({ length: 4 }, (_, item) => `- **${sentence(lang, seed + item).slice(0, -1)}**`).join('\n');
      return `## ${heading}\n\n${paragraph(lang, seed)}\n\n${paragraph(lang, seed + 1)}\n\n${list}\n\n> ${sentence(lang, seed + 2)} [112](tel:112)`;
    })
    .join('\n\n');
}

/** @param {'kk' | 'ru'} lang @param {number} number */
function lessonFile(lang, number) {
  const key = `bench-lesson-${String(number).padStart(5, '0')}`;
  const day = new Date(Date.UTC(2025, 0, 1 + (number % 600))).toISOString().slice(0, 10);
  const title = lang === 'kk' ? `Сабақ ${number}: бала құқығы` : `Урок ${number}: права ребёнка`;
  const summary = lang === 'kk' ? `Сабақ ${number}: ${sentence('kk', number)}` : `Урок ${number}: ${sentence('ru', number)}`;
  const frontMatter = [
    '---',
    `title: "${title}"`,
    `summary: "${summary}"`,
    `audiences: [${AUDIENCES[number % AUDIENCES.length]}]`,
    `topics: [${TOPICS[number % TOPICS.length]}]`,
    'cover:',
    `  src: ${SYNTHETIC_COVER}`,
    `  alt: "${lang === 'kk' ? 'Сабақтың суреті' : 'Картинка урока'}"`,
    `publishedAt: ${day}`,
    `translationKey: ${key}`,
    '---',
  ].join('\n');
  return { name: `${key}.mdx`, text: `${frontMatter}\n${body(lang, number)}\n` };
}

/**
 * Writes `count` articles into `contentDir`/articles/{kk,ru}: lesson n is Kazakh when n is even,
 * its Russian translation is n + 1.
 * @param {string} contentDir @param {number} count
 * @returns {string[]} the files written
 */
export function writeSyntheticLessons(contentDir, count) {
  const written = [];
  for (let index = 0; index < count; index += 1) {
    const lang = index % 2 === 0 ? 'kk' : 'ru';
    const { name, text } = lessonFile(lang, Math.floor(index / 2));
    const folder = join(contentDir, 'articles', lang);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, name), text);
    written.push(join(folder, name));
  }
  return written;
}
