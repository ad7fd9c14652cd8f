/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every static file over 1 KB that
 * compresses, in every `astro build`: `npm start` then serves the copy a client accepts
 * (src/server/static-files.ts) without compressing anything per request.
 *
 * The copies are made by a background job (precompress-job.ts) that starts with the build and
 * compresses the pages while Astro still renders others, on a core rendering leaves idle. It
 * finishes at `astro:build:done`, once every other integration has written its files: so this
 * runs after all of them and before build-switch, which must stay last.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { startJob, type BackgroundJob } from './background-job.ts';
import type { PrecompressInput, PrecompressResult } from './precompress-job.ts';

export default function precompressStatic(): AstroIntegration {
  let clientDir = '';
  let job: BackgroundJob<PrecompressResult> | undefined;
  return {
    name: 'zanbala:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        clientDir = fileURLToPath(config.build.client);
      },
      'astro:build:start': () => {
        job = startJob<PrecompressInput, PrecompressResult>(new URL('./precompress-job.ts', import.meta.url), { dir: clientDir });
      },
      'astro:build:done': async ({ logger }) => {
        if (!job) throw new Error('Precompress: the build never started');
        const { files, saved } = await job.finish();
        logger.info(`Precompressed ${files} files (brotli saves ${(saved / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
