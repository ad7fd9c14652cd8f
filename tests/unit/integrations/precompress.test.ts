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

/** Runs both hooks as a build does, with `between` standing for the integrations in between. */
async function build(dir: string, between: () => void = () => undefined): Promise<void> {
  const { hooks } = precompressStatic();
  const url = pathToFileURL(`${dir}/`);
  await (hooks['astro:build:generated'] as (options: unknown) => Promise<void> | void)({ dir: url, logger });
  between();
  await (hooks['astro:build:done'] as (options: unknown) => Promise<void>)({ dir: url, logger });
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the precompressed copies of a build', () => {
  it('hold the text of each file as it is at the end of the build', async () => {
    const dir = site({ 'kk/index.html': page('бала '), 'ru/index.html': page('ребёнок '), 'sitemap.xml': page('url ') });
    await build(dir, () => {
      // Written or rewritten by later integrations while the first copies are being made.
      writeFileSync(join(dir, 'ru/index.html'), page('школа и право '));
      writeFileSync(join(dir, 'widget.js'), `export const text = ${JSON.stringify(page('виджет '))};`);
    });
    for (const name of ['kk/index.html', 'ru/index.html', 'sitemap.xml', 'widget.js']) {
      const text = readFileSync(join(dir, name));
      expect(brotliDecompressSync(readFileSync(join(dir, `${name}.br`))).equals(text), name).toBe(true);
      expect(gunzipSync(readFileSync(join(dir, `${name}.gz`))).equals(text), name).toBe(true);
    }
  });

  it('leave no copies of a file moved away or shrunk below 1 KB meanwhile, nor of small or binary files', async () => {
    const dir = site({ 'site-data.json': JSON.stringify({ lines: page('112 ') }), 'kk/index.html': page('бала '), 'tiny.css': 'a{}', 'cover.jpg': page('x') });
    await build(dir, () => {
      rmSync(join(dir, 'site-data.json'));
      writeFileSync(join(dir, 'kk/index.html'), '<p>short</p>');
    });
    for (const name of ['site-data.json', 'kk/index.html', 'tiny.css', 'cover.jpg']) {
      expect(existsSync(join(dir, `${name}.br`)), name).toBe(false);
      expect(existsSync(join(dir, `${name}.gz`)), name).toBe(false);
    }
  });
});
