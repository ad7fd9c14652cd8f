import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import precompressStatic from '../../../src/integrations/precompress';

const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;
const page = (words: string) => `<!doctype html><p>${words.repeat(400)}</p>`;
const dirs: string[] = [];

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zanbala-precompress-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

type Hook = (options: unknown) => Promise<void> | void;

/** Waits until `file` exists: the background job has reached it. */
async function appeared(file: string): Promise<void> {
  for (let waited = 0; !existsSync(file); waited += 50) {
    if (waited > 10_000) throw new Error(`${file} never appeared`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Runs the hooks as a build does: the job starts, compresses what is written (`early`, once it
 * got there), then `between` stands for the pages and integrations that write files afterwards.
 */
async function build(dir: string, between: () => void = () => undefined, early?: string): Promise<void> {
  const { hooks } = precompressStatic();
  const url = pathToFileURL(`${dir}/`);
  await (hooks['astro:config:done'] as Hook)({ config: { build: { client: url } }, logger });
  await (hooks['astro:build:start'] as Hook)({ logger });
  if (early) await appeared(join(dir, `${early}.br`));
  between();
  await (hooks['astro:build:done'] as Hook)({ dir: url, logger });
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the precompressed copies of a build', () => {
  it('hold the text of each file as it is at the end of the build', async () => {
    const dir = site({ 'kk/index.html': page('бала '), 'ru/index.html': page('ребёнок '), 'sitemap.xml': page('url ') });
    await build(
      dir,
      () => {
        // Rewritten after its first copies were made, and written by a later integration.
        writeFileSync(join(dir, 'ru/index.html'), page('школа и право '));
        writeFileSync(join(dir, 'widget.js'), `export const text = ${JSON.stringify(page('виджет '))};`);
      },
      'ru/index.html',
    );
    for (const name of ['kk/index.html', 'ru/index.html', 'sitemap.xml', 'widget.js']) {
      const text = readFileSync(join(dir, name));
      expect(brotliDecompressSync(readFileSync(join(dir, `${name}.br`))).equals(text), name).toBe(true);
      expect(gunzipSync(readFileSync(join(dir, `${name}.gz`))).equals(text), name).toBe(true);
    }
  });

  it('leave no copies of a file moved away or shrunk below 1 KB meanwhile, nor of small or binary files', async () => {
    const dir = site({ 'site-data.json': JSON.stringify({ lines: page('112 ') }), 'kk/index.html': page('бала '), 'tiny.css': 'a{}', 'cover.jpg': page('x') });
    await build(
      dir,
      () => {
        rmSync(join(dir, 'site-data.json'));
        writeFileSync(join(dir, 'kk/index.html'), '<p>short</p>');
      },
      'site-data.json',
    );
    for (const name of ['site-data.json', 'kk/index.html', 'tiny.css', 'cover.jpg']) {
      expect(existsSync(join(dir, `${name}.br`)), name).toBe(false);
      expect(existsSync(join(dir, `${name}.gz`)), name).toBe(false);
    }
  });
});
