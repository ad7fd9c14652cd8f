/**
 * The background job of zanbala:precompress (precompress.ts): writes a brotli (`.br`) and a gzip
 * (`.gz`) copy beside every text file over 1 KB of the built site that compresses, as Astro and
 * the other integrations write them, and removes the copies of files that went away or no longer
 * compress.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ENCODED_SUFFIX, brotliQuality, textFileType, worthPrecompressing } from '../lib/encodings.ts';
import { runJob } from './background-job.ts';
import { FileFollower } from './file-follower.ts';

export interface PrecompressInput {
  /** The folder of the built site's static files. */
  dir: string;
}

export interface PrecompressResult {
  /** Files with copies. */
  files: number;
  /** Bytes the brotli copies save, all together. */
  saved: number;
}

const copiesOf = (file: string) => Object.values(ENCODED_SUFFIX).map((suffix) => `${file}${suffix}`);

const removeCopies = (file: string) => copiesOf(file).forEach((copy) => rmSync(copy, { force: true }));

/** Writes the copies of one file; the bytes its brotli copy saves, or 0 when it is served as it is. */
function precompress(file: string, size: number): number {
  if (!worthPrecompressing(file, size)) {
    removeCopies(file);
    return 0;
  }
  const raw = readFileSync(file);
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file), [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
  // A file that hardly shrinks (an already compressed font or image with a text type) is served as it is.
  if (br.length >= raw.length * 0.95) {
    removeCopies(file);
    return 0;
  }
  writeFileSync(`${file}${ENCODED_SUFFIX.br}`, br);
  writeFileSync(`${file}${ENCODED_SUFFIX.gzip}`, gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }));
  return raw.length - br.length;
}

runJob<PrecompressInput, PrecompressResult>(async ({ dir }, done) => {
  const saved = new Map<string, number>();
  const follower = new FileFollower(dir, {
    // Only text files may be worth it: the copies and Pagefind's thousands of fragments are not even looked at.
    wanted: (file) => textFileType(file) !== undefined,
    changed: (file, size) => saved.set(file, precompress(file, size)),
    gone: (file) => {
      removeCopies(file);
      saved.delete(file);
    },
  });
  await follower.follow(done);
  const copies = [...saved.values()].filter((bytes) => bytes > 0);
  return { files: copies.length, saved: copies.reduce((sum, bytes) => sum + bytes, 0) };
});
