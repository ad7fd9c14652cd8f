import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/browser.ts';
import { E2E_DATABASE_URL } from './tests/e2e/fixtures/store.ts';

/**
 * Not 4321, so the tests never talk to a server someone left running with `npm start`;
 * E2E_PORT moves it when two test runs share a machine.
 */
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
/** The school site of tests/e2e/fixtures/host-site.ts, which may frame the iframe variant. */
const HOST_SITE_PORT = Number(process.env['E2E_HOST_PORT'] ?? 4361);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: 'list',
  // Searches load their index and islands hydrate on a busy two-core CI machine too.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Without a path Playwright falls back to its own browser and explains how to install it.
        launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
      },
    },
  ],
  webServer: {
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
      EMBED_ALLOWED_ORIGINS: `'self' http://127.0.0.1:${HOST_SITE_PORT}`,
    },
    reuseExistingServer: !process.env['CI'],
    // A cold build of the whole site happens inside this timeout.
    timeout: 10 * 60_000,
    stderr: 'pipe',
  },
});
