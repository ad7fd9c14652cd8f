/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every static file over 1 KB that
 * compresses, at the end of every `astro build`: `npm start` then serves the copy a
 * client accepts (src/server/static-files.ts) without compressing anything per request, and
 * with brotli at its slowest, smallest setting, which no server could afford on the fly.
 * Runs after every integration that writes files and before build-switch, which must stay last.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { worthPrecompressing } from '../lib/encodings.ts';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

async function* filesIn(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesIn(path);
    else if (entry.isFile()) yield path;
  }
}

/** Writes the copies of one file; says how many bytes the brotli copy saves (0 when none was written). */
async function precompress(file: string): Promise<number> {
  const raw = await readFile(file);
  const br = await brotli(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  // A file that hardly shrinks (an already compressed font or image with a text type) is served as it is.
  if (br.length >= raw.length * 0.95) return 0;
  const gz = await gzipped(raw, { level: constants.Z_BEST_COMPRESSION });
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
  return raw.length - br.length;
}

export default function precompressStatic(): AstroIntegration {
  return {
    name: 'zanbala:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const clientDir = fileURLToPath(dir);
        const files: string[] = [];
        for await (const file of filesIn(clientDir)) files.push(file);
        const chosen: string[] = [];
        for (const file of files) if (worthPrecompressing(file, (await stat(file)).size)) chosen.push(file);
        let written = 0;
        let saved = 0;
        // A few at a time: brotli at its best level is CPU-bound, and a build shares the machine.
        for (let i = 0; i < chosen.length; i += 8) {
          for (const bytes of await Promise.all(chosen.slice(i, i + 8).map(precompress))) {
            if (bytes > 0) written += 1;
            saved += bytes;
          }
        }
        logger.info(`Precompressed ${written} files (brotli saves ${(saved / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
