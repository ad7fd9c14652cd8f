/**
 * The second yardstick of `npm run bench:build -- --starlight`: Starlight, Astro's documentation
 * theme, which like our build also indexes every page with Pagefind, building the made-up lessons
 * as its docs pages. Starlight is no dependency of ours: it is installed from the npm registry
 * into a temp folder when asked for, with the Astro version we build with.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** A Starlight release made for the Astro 7 we use. */
const STARLIGHT_VERSION = '0.42.4';

const FILES = {
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({ site: 'http://localhost:4321', integrations: [starlight({ title: 'Yardstick' })], devToolbar: { enabled: false } });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
};

/** A lesson's front matter without its cover, which Starlight's schema has no place for. */
const withoutCover = (/** @type {string} */ text) => text.replace(/^cover:\n(?: {2}.*\n)+/m, '');

/**
 * Makes the Starlight project in a temp folder with `lessons` (made-up lesson files, plain
 * Markdown) as its pages, and installs its packages.
 * @param {string} root our project, whose Astro version it uses
 * @param {string[]} lessons the lesson files, in content/articles/{lang}/
 * @returns {string} the project's folder
 */
export function makeStarlightProject(root, lessons) {
  const dir = mkdtempSync(join(tmpdir(), 'zanbala-starlight-'));
  const astro = JSON.parse(readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8')).version;
  const pkg = { name: 'starlight-yardstick', private: true, type: 'module', dependencies: { astro, '@astrojs/starlight': STARLIGHT_VERSION } };
  for (const [name, text] of Object.entries({ ...FILES, 'package.json': JSON.stringify(pkg, null, 2) })) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  for (const file of lessons) {
    const page = join(dir, 'src', 'content', 'docs', basename(dirname(file)), basename(file));
    mkdirSync(dirname(page), { recursive: true });
    writeFileSync(page, withoutCover(readFileSync(file, 'utf8')));
  }
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`Installing Starlight ${STARLIGHT_VERSION} in ${dir} failed:\n${install.stdout}${install.stderr}`);
  return dir;
}
