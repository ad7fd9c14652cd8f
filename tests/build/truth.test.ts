/**
 * What a child is told must be true, end to end in a copy of the project: only confirmed
 * messenger channels reach any surface (help page, case page, posters and their QR codes, the
 * widget's feed, the iframe), <Fact> prints the registry's statement with its source in both
 * languages, a lawyer's review is stamped under the title, a preview shows the office what
 * children do not see, and a lesson citing an unknown fact stops the build naming its file.
 * Three builds in all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { astroBuild } from '../../scripts/lib/build.mjs';
import { formatDate } from '../../src/lib/dates';
import { monthsBefore, todayInKazakhstan } from '../../src/lib/freshness';
import { QUIET_ZONE } from '../../src/lib/qr';
import { copyProject } from '../support/project-copy';

const root = fileURLToPath(new URL('../..', import.meta.url));
const quietEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };

interface Channel {
  id: string;
  region: string;
  url: string;
  checkedOn?: string;
}
const shipped = parse(readFileSync(join(root, 'content/data/channels.yaml'), 'utf8')) as Channel[];
/** The channel the test confirms, and one whose confirmation has lapsed. */
const CONFIRMED = shipped.find((channel) => channel.id === 'almaty-telegram')!;
const LAPSED = shipped.find((channel) => channel.id === 'astana-telegram')!;
const hidden = shipped.filter((channel) => channel !== CONFIRMED).map((channel) => channel.url);

const LESSON = 'fact-check';
const REVIEWER = 'Айгүл Сапарова, прокурор';

/** A lesson citing criminal-age; the kk one reviewed, the ru one not. */
function writeLessons(copy: string, body = 'Заң: <Fact id="criminal-age" />') {
  for (const lang of ['kk', 'ru'] as const) {
    const source = readFileSync(join(copy, `content/articles/${lang}/bullying-law-fines.mdx`), 'utf8');
    const frontMatter = /^---\n[\s\S]*?\n---\n/
      .exec(source)![0]
      .replace(/^translationKey: .*$/m, `translationKey: ${LESSON}`)
      .replace(/^review:.*$/m, '')
      .replace(/\n---\n$/, lang === 'kk' ? `\nreview: { by: "${REVIEWER}", on: 2026-11-20 }\n---\n` : '\n---\n');
    writeFileSync(join(copy, `content/articles/${lang}/${LESSON}.mdx`), `${frontMatter}\n${body}\n`);
  }
}

/**
 * channels.yaml with the test's channel confirmed today (Kazakhstan time) and another lapsed. The
 * confirmed one is no longer a sample: an office confirms only its own address.
 */
function confirmChannels(copy: string) {
  const path = join(copy, 'content/data/channels.yaml');
  const today = todayInKazakhstan(new Date());
  const dated = (id: string, day: string) => (text: string) => text.replace(new RegExp(`(- id: ${id}\\n(?:  .*\\n)*)`), `$1  checkedOn: ${day}\n`);
  const own = (id: string) => (text: string) => text.replace(new RegExp(`(- id: ${id}\\n(?:  .*\\n)*?)  sample: true\\n`), '$1');
  const text = [own(CONFIRMED.id), dated(CONFIRMED.id, today), dated(LAPSED.id, monthsBefore(today, 13))].reduce(
    (yaml, change) => change(yaml),
    readFileSync(path, 'utf8'),
  );
  writeFileSync(path, text);
}

const html = (copy: string, path: string) => readFileSync(join(copy, 'dist/client', path, 'index.html'), 'utf8');

/** Every text file the static site serves: pages, feeds, the widget and the iframe. */
function everyServedText(folder: string): { file: string; text: string }[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return everyServedText(path);
    return /\.(html|json|js|xml|txt)$/.test(name) ? [{ file: path, text: readFileSync(path, 'utf8') }] : [];
  });
}

/** Reads the QR codes of a page's inline SVGs back as a phone camera would. */
function qrCodesOf(page: string): string[] {
  return [...page.matchAll(/<svg[^>]*viewBox="0 0 (\d+) \1"[^>]*>.*?<path d="([^"]+)"/g)].map(([, size, path]) => {
    const scale = 4;
    const side = Number(size) * scale;
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
    let x = 0;
    let y = 0;
    for (const [, op, a, b] of path!.matchAll(/([Mmh])([\d.]+)(?: ([\d.]+))?/g)) {
      if (op === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
      else if (op === 'm') x += Number(a);
      else {
        for (let col = x; col < x + Number(a); col += 1) {
          for (let py = y * scale; py < (y + 1) * scale; py += 1)
            for (let px = col * scale; px < (col + 1) * scale; px += 1) pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
        }
        x += Number(a);
      }
    }
    return jsQR(pixels, side, side)?.data ?? `unreadable (quiet zone ${QUIET_ZONE})`;
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The copy's own server (`npm start`), for the pages rendered per request: help and case. */
async function serve(copy: string, env: Record<string, string> = {}): Promise<{ get: (path: string) => Promise<string>; stop: () => Promise<void> }> {
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), 'zanbala-truth-data-'));
  const child: ChildProcess = spawn(process.execPath, [join(copy, 'scripts/start.mjs')], {
    cwd: copy,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: `sqlite:${join(data, 'zanbala.db')}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', () => reject(new Error(`the server exited:\n${output}`)));
  });
  return {
    get: async (path) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      expect(response.status, path).toBe(200);
      return response.text();
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(data, { recursive: true, force: true });
    },
  };
}

describe('the truth of what a child is told', () => {
  let copy: string;
  let production: { ok: boolean; output: string };

  beforeAll(() => {
    copy = copyProject(root, 'zanbala-truth-');
    confirmChannels(copy);
    writeLessons(copy);
    production = astroBuild(copy, { quiet: true, env: quietEnv });
  });

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('builds', () => {
    expect(production.ok, production.output.slice(-3000)).toBe(true);
  });

  it('serves no unconfirmed channel anywhere: pages, posters, feeds, the widget, the iframe', () => {
    const files = everyServedText(join(copy, 'dist/client'));
    expect(files.some(({ file }) => file.includes('/feeds/')) && files.some(({ file }) => file.includes('/embed/'))).toBe(true);
    for (const { file, text } of files) for (const url of hidden) expect(text.includes(url), `${url} in ${file}`).toBe(false);
  });

  it('prints a confirmed channel on its region’s poster, as a link its QR code opens', () => {
    for (const lang of ['kk', 'ru']) {
      const poster = html(copy, `${lang}/posters/${CONFIRMED.region}`);
      expect(poster).toContain(`data-qr="${CONFIRMED.url}"`);
      expect(qrCodesOf(poster)).toContain(CONFIRMED.url);
      expect(poster).not.toContain('data-channel-confirmed="false"');
    }
  });

  it('prints no channel QR code on the poster of a region without a confirmed channel, and sends students to 111', () => {
    for (const region of [LAPSED.region, 'almaty-region']) {
      const poster = html(copy, `ru/posters/${region}`);
      const codes = qrCodesOf(poster);
      expect(codes.length, region).toBe(1);
      // The poster's one code leads to the help page of its region; `src=qr` counts the scan (docs/reach.md).
      expect(codes[0]).toMatch(new RegExp(`/ru/help/\\?region=${region}&src=qr$`));
      expect(poster).toContain('data-no-channel');
      expect(poster).toContain('Проверенного мессенджера пока нет');
    }
  });

  it('offers a confirmed channel on the help page, and elsewhere the form and 111; the case page offers none', async () => {
    // A preview is a kind of build: the server's environment cannot turn a production build into one.
    const server = await serve(copy, { PREVIEW_DRAFTS: '1' });
    try {
      const chosen = await server.get(`/kk/help/?region=${CONFIRMED.region}`);
      expect(chosen).toMatch(new RegExp(`data-channels-region="${CONFIRMED.region}"[\\s\\S]*href="${CONFIRMED.url}"`));
      const lapsed = await server.get(`/ru/help/?region=${LAPSED.region}`);
      expect(lapsed).toMatch(/data-no-channel[\s\S]*у прокуратуры пока нет проверенного мессенджера[\s\S]*href="#report-form"[\s\S]*href="tel:111"/);
      expect(lapsed).toContain(`href="${CONFIRMED.url}"`);
      // The help text names a messenger only where the page shows the region's confirmed one.
      expect(chosen).toContain('Прокуратураның мессенджеріне де жазуға болады');
      expect(lapsed).not.toContain('Можно написать и в мессенджер прокуратуры');
      for (const page of [chosen, lapsed, await server.get('/kk/help/'), await server.get('/ru/help/case/')]) {
        for (const url of hidden) expect(page).not.toContain(url);
        expect(page).not.toContain('data-channel-confirmed="false"');
      }
    } finally {
      await server.stop();
    }
  });

  it('prints a fact in the lesson’s language with its source as a link to the official text', () => {
    const registry = parse(readFileSync(join(copy, 'content/data/legal-facts.yaml'), 'utf8')) as {
      id: string;
      statement: Record<string, string>;
      url: string | Record<string, string>;
    }[];
    const fact = registry.find((entry) => entry.id === 'criminal-age')!;
    for (const lang of ['kk', 'ru']) {
      const page = html(copy, `${lang}/articles/${LESSON}`);
      const url = typeof fact.url === 'string' ? fact.url : fact.url[lang]!;
      const printed = new RegExp(
        `data-fact="criminal-age"[^>]*>${fact.statement[lang]!.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} <span[^>]*>\\(<a href="${url}"[^>]*>[^<]*${lang === 'kk' ? '15-ба' : 'ст. 15'}`,
      );
      expect(page).toMatch(printed);
    }
  });

  it('stamps a reviewed lesson with who checked it and when, and an unreviewed one with nothing', () => {
    const kk = html(copy, `kk/articles/${LESSON}`);
    expect(kk).toMatch(
      new RegExp(
        `<h1[^>]*>[^<]*</h1>\\s*<p class="review-stamp"[^>]*data-review="checked"[^>]*>Заңгер тексерді: ${REVIEWER}, <time datetime="2026-11-20"[^>]*>${formatDate('kk', new Date('2026-11-20'))}</time>\\.</p>`,
      ),
    );
    const ru = html(copy, `ru/articles/${LESSON}`);
    expect(ru).not.toMatch(/data-review="(checked|missing)"/);
  });

  it('shows the office every channel marked "not confirmed", and unreviewed lessons with a banner, in a preview build', async () => {
    const preview = astroBuild(copy, { quiet: true, env: { ...quietEnv, PREVIEW_DRAFTS: '1' } });
    expect(preview.ok, preview.output.slice(-3000)).toBe(true);
    const poster = html(copy, `kk/posters/${LAPSED.region}`);
    expect(poster).toMatch(/data-channel-confirmed="false"[^>]*>\s*<p class="channel-unconfirmed"[^>]*>Расталмаған/);
    expect(qrCodesOf(poster)).toContain(LAPSED.url);
    expect(html(copy, `ru/articles/${LESSON}`)).toMatch(/data-review="missing"[^>]*>Юрист ещё не проверил этот урок/);
    const server = await serve(copy);
    try {
      const help = await server.get('/ru/help/');
      for (const url of hidden) expect(help).toContain(`href="${url}"`);
      expect(help).toContain('Не подтверждён: дети не видят этот адрес');
    } finally {
      await server.stop();
    }
  });

  it('stops the build on a fact the registry lacks, or one no longer in force, naming the lesson file and the id', () => {
    const registry = join(copy, 'content/data/legal-facts.yaml');
    const repealed =
      '- id: repealed-rule\n  statement: { kk: Ескі норма., ru: Старая норма. }\n  act: Кодекс\n  url: https://adilet.zan.kz/rus/docs/K1400000226\n  checked: { on: 2026-01-10, by: Тексеруші Заңгер }\n  validUntil: 2026-01-01\n';
    writeFileSync(registry, `${readFileSync(registry, 'utf8').trimEnd()}\n${repealed}`);
    writeLessons(copy, 'Заң: <Fact id="no-such-fact" /> <Fact id="repealed-rule" />');
    const broken = astroBuild(copy, { quiet: true, env: quietEnv });
    expect(broken.ok).toBe(false);
    expect(broken.output).toMatch(
      /content\/articles\/(kk|ru)\/fact-check\.mdx cites <Fact id="no-such-fact" \/>, but content\/data\/legal-facts\.yaml has no fact "no-such-fact"/,
    );
    expect(broken.output).toMatch(
      /content\/articles\/(kk|ru)\/fact-check\.mdx cites <Fact id="repealed-rule" \/>, which content\/data\/legal-facts\.yaml says held only until 2026-01-01/,
    );
  });
});
