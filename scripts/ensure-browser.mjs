/**
 * Makes sure the browser tests have a Chromium before Playwright starts (see tests/e2e/browser.ts
 * for where it is looked for). On Debian as root, as in CI, a missing browser is installed with
 * apt; anywhere else this stops with one line saying what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SYSTEM_CHROMIUM, findChromium } from '../tests/e2e/browser.ts';

/** @param {string} message */
function fail(message) {
  console.error(message);
  process.exit(1);
}

const configured = process.env.CHROMIUM_PATH;
if (configured && !existsSync(configured)) {
  fail(`CHROMIUM_PATH is ${configured}, which does not exist: point it at a Chromium or Chrome executable, or unset it.`);
}

let browser = findChromium();
const canApt = existsSync('/etc/debian_version') && process.getuid?.() === 0;

if (!browser && canApt) {
  console.log('No Chromium found: installing the Debian package `chromium`.');
  const apt = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['update'], /** @type {const} */ (apt));
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], /** @type {const} */ (apt));
  browser = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

if (!browser) {
  fail('No Chromium for the browser tests: run `npx playwright install chromium`, or install Chromium and set CHROMIUM_PATH to its executable.');
}
console.log(`Browser tests use ${browser}`);
