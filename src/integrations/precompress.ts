/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every static file over 1 KB that
 * compresses, at the end of every `astro build` (issue 12): `npm start` then serves the copy a
 * client accepts (src/server/static-files.ts) without compressing anything per request.
 * Runs after every integration that writes files and before build-switch, which must stay last.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { brotliQuality, worthPrecompressing } from '../lib/encodings.ts';

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
    params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file), [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
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
        const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
        const queue = files.filter((file, index) => worthPrecompressing(file, sizes[index]!));
        let written = 0;
        let saved = 0;
        // zlib works on libuv's threads: one file per core keeps them all busy, each taking the
        // next file as soon as it is done, without flooding a machine the build shares.
        const worker = async () => {
          for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
            const bytes = await precompress(file);
            if (bytes > 0) written += 1;
            saved += bytes;
          }
        };
        await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
        logger.info(`Precompressed ${written} files (brotli saves ${(saved / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
