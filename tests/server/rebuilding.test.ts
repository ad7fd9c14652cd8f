/**
 * A server started with SITE_URL on a build made for another origin, then rebuilt under load
 *: in a copy of the project, so the builds here never touch the dist/ other tests use.
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_INFO, switchTo } from '../../scripts/lib/builds.mjs';
import { createOfficeStores, openDb } from '../../src/server/store';
import { copyProject } from '../support/project-copy';
import { addUser, PASSWORD } from '../support/office';
import { aReport, startServer, type RunningServer } from './server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ORIGIN = 'https://zanbala.test';
const BUILD_MS = 10 * 60_000;

let project: string;
let server: RunningServer;

beforeAll(async () => {
  project = copyProject(root, 'zanbala-rebuild-');
  // The copy has never been built, so the server builds it first, for SITE_URL.
  server = await startServer({ project, env: { SITE_URL: ORIGIN, RATE_LIMIT: 'off' }, startTimeoutMs: BUILD_MS });
}, BUILD_MS);
afterAll(async () => {
  await server?.stop();
  rmSync(project, { recursive: true, force: true });
});

/** Runs `astro build` in the copy without blocking this process, so reports keep going meanwhile. */
function buildInBackground(env: Record<string, string>): Promise<number | null> {
  const child = spawn(process.execPath, [join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
  });
  return new Promise((resolve) => child.once('exit', resolve));
}

const until = async (condition: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 100));
  return condition();
};

describe('a server started with SITE_URL', () => {
  it('serves pages whose canonical links name that origin, with HSTS, and signs in with a Secure cookie', async () => {
    const page = await fetch(`${server.origin}/kk/`);
    expect(await page.text()).toContain(`<link rel="canonical" href="${ORIGIN}/kk/"`);
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);

    const stores = createOfficeStores(await openDb({ kind: 'sqlite', path: join(server.dataDir, 'zanbala.db') }));
    await addUser(stores, 'aigerim', 'moderator', ['astana']);
    await stores.reports.close();
    const login = await fetch(`${server.origin}/admin/login/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'aigerim', password: PASSWORD }).toString(),
      redirect: 'manual',
    });
    expect(login.status).toBe(303);
    expect(login.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });

  it('keeps taking reports while the site is rebuilt under it, then serves the new build', { timeout: BUILD_MS }, async () => {
    const before = realpathSync(join(project, 'dist'));
    let building = true;
    const built = buildInBackground({ SITE_URL: ORIGIN }).finally(() => (building = false));
    const statuses: number[] = [];
    const send = async () => {
      const response = await server.post('/api/reports', aReport({ followUp: false }));
      await response.arrayBuffer();
      statuses.push(response.status);
    };
    while (building) await send();
    expect(await built).toBe(0);
    // The switch is noticed within a second; reports go on meanwhile, and after it.
    const switched = () => server.output().includes('Now serving the new build');
    const deadline = Date.now() + 15_000;
    while (!switched() && Date.now() < deadline) await send();
    for (let i = 0; i < 20; i++) await send();

    expect(realpathSync(join(project, 'dist'))).not.toBe(before);
    expect(switched()).toBe(true);
    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.filter((status) => status !== 201)).toEqual([]);
    expect((await fetch(`${server.origin}/ru/help/`)).status).toBe(200);
  });

  it('does not take a build made for another origin, says so once, and keeps serving', async () => {
    const current = realpathSync(join(project, 'dist'));
    const other = join(project, 'builds', '99999999T999999Z-elsewhere');
    cpSync(current, other, { recursive: true });
    const info = JSON.parse(readFileSync(join(other, BUILD_INFO), 'utf8'));
    writeFileSync(join(other, BUILD_INFO), JSON.stringify({ ...info, origin: 'http://localhost:4321' }));
    switchTo(project, other);

    const refused = () => server.output().includes(`is for http://localhost:4321, not ${ORIGIN}`);
    expect(await until(refused, 5000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(server.output().split(`is for http://localhost:4321`).length - 1).toBe(1);
    const page = await fetch(`${server.origin}/kk/`);
    expect(await page.text()).toContain(`<link rel="canonical" href="${ORIGIN}/kk/"`);
    expect((await server.post('/api/reports', aReport({ followUp: false }))).status).toBe(201);
  });
});
