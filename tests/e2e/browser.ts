/**
 * The Chromium the browser tests drive, shared by playwright.config.ts and
 * scripts/ensure-browser.mjs. Looked up in this order:
 * 1. `CHROMIUM_PATH`, for any browser the machine has elsewhere;
 * 2. Playwright's own Chromium (`npx playwright install chromium`), the usual case on a laptop;
 * 3. `/usr/bin/chromium`, Debian's package, the usual case in CI.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's `chromium` package puts its launcher here. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for a quiet, reproducible headless run: no sandbox because CI runs as root, and nothing
 * that phones home, so that the "no request to another origin" test sees only the page's own.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined; // a platform Playwright has no build for
  }
}

/** The first Chromium found, or `undefined` when the machine has none of them. */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return playwrightChromium() ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
}
