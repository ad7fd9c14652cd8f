/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every static file over 1 KB that
 * compresses, at the end of every `astro build`: `npm start` then serves the copy a
 * client accepts (src/server/static-files.ts) without compressing anything per request.
 *
 * The pages are compressed as soon as they are written (`astro:build:generated`), in the
 * background, while the other integrations index them and write their own files; once they are
 * done (`astro:build:done`) the files that appeared or changed since are compressed, and copies
 * of files that went away are removed. Runs after every integration that writes files and before
 * build-switch, which must stay last.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { ENCODED_SUFFIX, brotliQuality, textFileType, worthPrecompressing } from '../lib/encodings.ts';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** What was compressed: the file as it was read, and how many bytes its brotli copy saves (0: no copies). */
interface Compressed {
  size: number;
  mtimeMs: number;
  saved: number;
}

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

const copiesOf = (file: string) => Object.values(ENCODED_SUFFIX).map((suffix) => `${file}${suffix}`);

/** While the pages are compressed early, another integration may move a file away (site-data does). */
const gone = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Writes the copies of one file, or removes stale ones when it no longer compresses; undefined when the file went away. */
async function precompress(file: string): Promise<Compressed | undefined> {
  let size: number, mtimeMs: number, raw: Buffer;
  try {
    ({ size, mtimeMs } = await stat(file));
    raw = await readFile(file);
  } catch (error) {
    if (gone(error)) return undefined;
    throw error;
  }
  const [br, gz] = await Promise.all([
    brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file), [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
    gzipped(raw, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  // A file that hardly shrinks (an already compressed font or image with a text type) is served as it is.
  if (br.length >= raw.length * 0.95) {
    await Promise.all(copiesOf(file).map((copy) => rm(copy, { force: true })));
    return { size, mtimeMs, saved: 0 };
  }
  await Promise.all([writeFile(`${file}${ENCODED_SUFFIX.br}`, br), writeFile(`${file}${ENCODED_SUFFIX.gzip}`, gz)]);
  return { size, mtimeMs, saved: raw.length - br.length };
}

/**
 * Compresses every file of `dir` worth it, except those `known` has as they are now.
 * zlib works on libuv's threads: one file per core keeps them busy without flooding a machine the build shares.
 */
async function precompressAll(dir: string, known: ReadonlyMap<string, Compressed> = new Map()): Promise<Map<string, Compressed>> {
  const done = new Map<string, Compressed>();
  const queue: string[] = [];
  // Only text files may be worth it: the copies and Pagefind's thousands of fragments are not even looked at.
  const texts = (await filesIn(dir)).filter((file) => textFileType(file) !== undefined);
  const found = await Promise.all(
    texts.map((file) =>
      stat(file).catch((error: unknown) => {
        if (gone(error)) return undefined;
        throw error;
      }),
    ),
  );
  texts.forEach((file, index) => {
    const { size, mtimeMs } = found[index] ?? {};
    if (size === undefined || mtimeMs === undefined || !worthPrecompressing(file, size)) return;
    const before = known.get(file);
    if (before && before.size === size && before.mtimeMs === mtimeMs) done.set(file, before);
    else queue.push(file);
  });
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const compressed = await precompress(file);
      if (compressed) done.set(file, compressed);
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  // A file compressed early and then moved away or shrunk below the limit leaves no copies behind.
  const left = [...known.keys()].filter((file) => !done.has(file));
  await Promise.all(left.flatMap(copiesOf).map((copy) => rm(copy, { force: true })));
  return done;
}

export default function precompressStatic(): AstroIntegration {
  let early: Promise<Map<string, Compressed>> | undefined;
  return {
    name: 'zanbala:precompress',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        // Not awaited: the compression runs while the next hooks work. Its failure surfaces at build:done.
        early = precompressAll(fileURLToPath(dir));
        early.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const compressed = await precompressAll(fileURLToPath(dir), await early);
        const copies = [...compressed.values()].filter(({ saved }) => saved > 0);
        const saved = copies.reduce((sum, { saved: bytes }) => sum + bytes, 0);
        logger.info(`Precompressed ${copies.length} files (brotli saves ${(saved / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
