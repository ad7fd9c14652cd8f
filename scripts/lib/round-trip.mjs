/**
 * Whether a lesson page arrives in the first round trip of a fresh connection: a server may send
 * 10 TCP segments (about 14.6 KB) before the first acknowledgement, so a page of at most 14,000
 * bytes as served (brotli), with its CSS inline and no script before its first paint, shows after
 * one round trip. Of those bytes the "chrome" (everything but the lesson's own text and its legal
 * sources: head, CSS, scripts, policy, header, helplines, help box, related lessons, footer) is
 * held to 6 KB, so the lesson's text keeps the rest. Used by `npm run bench` and
 * tests/build/budgets.test.ts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { brotliQuality } from '../../src/lib/encodings.ts';
import { pageUrl } from './page-weight.mjs';

export const ROUND_TRIP_BUDGETS = {
  /** A lesson page's HTML as served (brotli), which carries all its first paint needs. */
  pageBrotli: 14_000,
  /** The same page without the lesson's own text and sources, brotli. */
  chromeBrotli: 6 * 1024,
};

export const LESSON_KINDS = ['articles', 'videos', 'webinars'];

/**
 * The start tags of the lesson's own parts: its text (with its facts, quiz and handout), a video's
 * player and the list of its legal sources. The title and summary also name the page in its head,
 * so they are counted as chrome; so are the scripts and styles inside these parts (an island's
 * runtime), which every lesson of the kind carries.
 */
const LESSON_PARTS = [startTag('div', 'lesson-body'), startTag('div', 'video'), startTag('section', 'legal-basis')];

/** The start tag of the first `name` element with `className` among its classes. @param {string} name @param {string} className */
function startTag(name, className) {
  return new RegExp(`<${name} class="(?:[^"]* )?${className}(?: [^"]*)?"[^>]*>`);
}

/** Inline scripts and styles: machinery, not the lesson's words, wherever they stand. */
const INLINE_CODE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi;

/**
 * Where the element whose start tag is at `start` ends (after its end tag), counting nested
 * elements of the same name.
 * @param {string} html @param {number} start
 */
function elementEnd(html, start) {
  const name = /^<([a-z0-9]+)/i.exec(html.slice(start))?.[1];
  if (!name) throw new Error(`no element starts at ${start}`);
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  throw new Error(`<${name}> at ${start} is never closed`);
}

/**
 * A lesson page without the lesson's own parts: what every lesson page carries around its text.
 * @param {string} html
 */
export function chromeOf(html) {
  let chrome = html;
  for (const part of LESSON_PARTS) {
    const found = part.exec(chrome);
    if (!found) continue;
    const end = elementEnd(chrome, found.index);
    const code = chrome.slice(found.index, end).match(INLINE_CODE) ?? [];
    chrome = chrome.slice(0, found.index) + code.join('') + chrome.slice(end);
  }
  if (chrome === html) throw new Error('no lesson text found: is this a lesson page?');
  return chrome;
}

/** Brotli bytes of a page, at the quality the build compresses pages with. @param {string} text */
export const pageBrotliSize = (text) =>
  brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality('index.html') } }).length;

/**
 * Every lesson page of the build, each with its bytes as served and its chrome's.
 * @param {string} clientDir
 * @returns {{ url: string, kind: string, served: number, chrome: number, raw: number }[]}
 */
export function lessonRoundTrips(clientDir) {
  return lessonPageFiles(clientDir).map(({ kind, file }) => {
    const html = readFileSync(file, 'utf8');
    const copy = `${file}.br`;
    // Served as the build's brotli copy; a page too small for one is served as it is.
    const served = existsSync(copy) ? statSync(copy).size : Buffer.byteLength(html);
    return { url: pageUrl(clientDir, file), kind, served, chrome: pageBrotliSize(chromeOf(html)), raw: Buffer.byteLength(html) };
  });
}

/** @param {string} clientDir @returns {{ kind: string, file: string }[]} */
function lessonPageFiles(clientDir) {
  return ['kk', 'ru'].flatMap((lang) =>
    LESSON_KINDS.flatMap((kind) => {
      const dir = join(clientDir, lang, kind);
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .map((slug) => join(dir, slug, 'index.html'))
        .filter((file) => existsSync(file))
        .map((file) => ({ kind, file }));
    }),
  );
}
