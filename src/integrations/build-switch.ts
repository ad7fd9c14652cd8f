/**
 * The last step of every `astro build`: records the origin the build was made for (canonical
 * links, feeds, sitemap and QR codes carry it) and whether it was built with SHOW_SAMPLES=1, then, for a build under builds/, switches `dist`
 * to it whole (scripts/lib/builds.mjs). A build sent elsewhere with ZANBALA_OUT_DIR leaves
 * `dist` alone.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { asksForSamples, isManagedBuild, switchTo, writeBuildInfo } from '../../scripts/lib/builds.mjs';

export default function buildSwitch(): AstroIntegration {
  let root = '';
  let origin = '';
  let outDir = '';
  return {
    name: 'zanbala:build-switch',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        origin = config.site ? new URL(config.site).origin : '';
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': ({ logger }) => {
        writeBuildInfo(outDir, { origin, showSamples: asksForSamples(process.env) });
        if (!isManagedBuild(root, outDir)) return;
        switchTo(root, outDir);
        logger.info(`dist now points to ${outDir}`);
      },
    },
  };
}
