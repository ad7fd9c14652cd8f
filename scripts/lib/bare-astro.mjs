/**
 * The yardstick of `npm run bench:build`: a bare Astro project with the same lessons as ours,
 * and nothing else: @astrojs/mdx, one content collection without a schema, one page per lesson
 * that renders its MDX. The components lessons use without an import (<Fact>, <Mci>, <Quiz>,
 * <Handout>) become a plain wrapper, so every lesson of ours builds there too.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkPackages } from './project-copy.mjs';

const FILES = {
  'package.json': JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ site: 'http://localhost:4321', integrations: [mdx()], devToolbar: { enabled: false } });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { lessons: defineCollection({ loader: glob({ base: './content', pattern: '**/[^_]*.mdx' }) }) };
`,
  'src/components/Wrapper.astro': `<span><slot /></span>
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Wrapper from '../components/Wrapper.astro';

export async function getStaticPaths() {
  return (await getCollection('lessons')).map((lesson) => ({ params: { slug: lesson.id }, props: { lesson } }));
}
const { lesson } = Astro.props;
const { Content } = await render(lesson);
const components = { Fact: Wrapper, Mci: Wrapper, Quiz: Wrapper, Handout: Wrapper };
---
<html lang="kk">
  <head><meta charset="utf-8" /><title>{lesson.data.title}</title></head>
  <body><main><h1>{lesson.data.title}</h1><Content components={components} /></main></body>
</html>
`,
};

/**
 * Makes the bare project in a temp folder, with the lessons of `contentDir` (articles, videos and
 * webinars alike) and the packages of `root`.
 * @param {string} root the project, whose node_modules it uses
 * @param {string} contentDir a content/ folder whose lessons it builds
 * @returns {string} the bare project's folder
 */
export function makeBareProject(root, contentDir) {
  const bare = mkdtempSync(join(tmpdir(), 'zanbala-bare-astro-'));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(bare, name, '..'), { recursive: true });
    writeFileSync(join(bare, name), text);
  }
  for (const kind of ['articles', 'videos', 'webinars']) {
    cpSync(join(contentDir, kind), join(bare, 'content', kind), { recursive: true });
  }
  linkPackages(root, bare);
  return bare;
}
