import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Astro's own Vite setup, so component tests can render .astro files with the Container API.
      getViteConfig({
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      }),
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          // The real server from the built site, each file with its own process and SQLite file.
          globalSetup: ['tests/server/global-setup.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 10 * 60_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          // Each file runs whole builds that share dist/ and a temp copy of the project, so one
          // at a time, in a child process that may spawn more.
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 5 * 60_000,
          hookTimeout: 10 * 60_000,
        },
      },
    ],
  },
});
