import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/browser.ts';
import {
  E2E_CASE_CODE_SECRET,
  E2E_DATABASE_URL,
  E2E_PORT as PORT,
  E2E_POSTGRES_PORT,
  E2E_POSTGRES_SCHEMA,
  E2E_POSTGRES_URL,
  POSTGRES_PROJECT,
} from './tests/e2e/fixtures/store.ts';

// PORT (E2E_PORT, default 4329) is not 4321, so the tests never talk to a server someone left
// running with `npm start`; E2E_PORT moves it when two test runs share a machine.
const executablePath = findChromium();
/** The school site of tests/e2e/fixtures/host-site.ts, which may frame the iframe variant. */
const HOST_SITE_PORT = Number(process.env['E2E_HOST_PORT'] ?? 4361);
const chromium = {
  ...devices['Desktop Chrome'],
  // Without a path Playwright falls back to its own browser and explains how to install it.
  launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
};

const server = {
  // The real entry point, so the tests also cover "npm start builds if needed, then serves".
  command: 'npm start',
  url: `http://localhost:${PORT}/kk/`,
  // Reports go to a store of their own that the tests can answer from; the rate limits have
  // their own tests against the server, so they do not throttle a browser test run here.
  env: {
    PORT: String(PORT),
    HOST: 'localhost',
    DATABASE_URL: E2E_DATABASE_URL,
    RATE_LIMIT: 'off',
    // The sample webinars are the only webinars the content has: the pages that show webinars
    // are tested on them (tests/build/samples.test.ts proves that production leaves them out).
    SHOW_SAMPLES: '1',
    EMBED_ALLOWED_ORIGINS: `'self' http://127.0.0.1:${HOST_SITE_PORT}`,
  },
  reuseExistingServer: !process.env['CI'],
  // A cold build of the whole site happens inside this timeout.
  timeout: 10 * 60_000,
  stderr: 'pipe' as const,
};

/**
 * With POSTGRES_TEST_URL, the same server on PostgreSQL, started after the first has built the
 * site, on an emptied schema; the specs that store something run against it once more.
 */
const onPostgres = E2E_POSTGRES_URL
  ? {
      project: {
        name: POSTGRES_PROJECT,
        testMatch: /(asking-for-help|moderating)[^/]*\.spec\.ts$/,
        use: { ...chromium, baseURL: `http://localhost:${E2E_POSTGRES_PORT}` },
      },
      server: {
        ...server,
        command: `"${process.execPath}" tests/support/postgres.ts fresh ${E2E_POSTGRES_SCHEMA} && npm start`,
        url: `http://localhost:${E2E_POSTGRES_PORT}/kk/`,
        env: { ...server.env, PORT: String(E2E_POSTGRES_PORT), DATABASE_URL: E2E_POSTGRES_URL, CASE_CODE_SECRET: E2E_CASE_CODE_SECRET },
      },
    }
  : undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: 'list',
  // Searches load their index and islands hydrate on a busy two-core CI machine too; a whole flow
  // (a report, a reply, erasing) with axe on each page shares the two cores with its server.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: chromium }, ...(onPostgres ? [onPostgres.project] : [])],
  webServer: onPostgres ? [server, onPostgres.server] : server,
});
