/**
 * Serves `virtual:zanbala/lesson-index`: the list of lessons (kind, language, slug, audiences,
 * publication) that the pages rendered on demand need to know which paths are pages of the site
 * (src/site/page-paths.ts). It is read from the lesson files when the module is built, so the
 * server bundle holds a small list instead of the lesson collections.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import { readLessonIndex } from '../lib/lesson-index.ts';
import { LESSON_KINDS } from '../lib/lessons.ts';

const ID = 'virtual:zanbala/lesson-index';
const RESOLVED = `\0${ID}`;

function lessonIndexPlugin(root: string): Plugin {
  const lessonFile = new RegExp(`/content/(${LESSON_KINDS.join('|')})/.*\\.mdx$`);
  // A lesson added, removed or edited in `astro dev` changes the list.
  const follow = (server: ViteDevServer) => (path: string) => {
    if (!lessonFile.test(path.split('\\').join('/'))) return;
    for (const environment of Object.values(server.environments)) {
      const module = environment.moduleGraph.getModuleById(RESOLVED);
      if (module) environment.moduleGraph.invalidateModule(module);
    }
  };
  return {
    name: 'zanbala:lesson-index',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    // A JSON string, which the bundler keeps on one line rather than as an object literal of ten lines per lesson.
    load: (id) => (id === RESOLVED ? `export default JSON.parse(${JSON.stringify(JSON.stringify(readLessonIndex(root)))});` : undefined),
    configureServer(server) {
      for (const event of ['add', 'unlink', 'change']) server.watcher.on(event, follow(server));
    },
  };
}

export default function lessonIndex(): AstroIntegration {
  return {
    name: 'zanbala:lesson-index',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [lessonIndexPlugin(fileURLToPath(config.root))] } });
      },
    },
  };
}
