/** What the server checks before it listens, and what it answers to an address in no language. */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startServer } from './server';

describe('starting the server', () => {
  it('refuses a case-code key other than the one its database was started with, and says why', async () => {
    const first = await startServer({ env: { CASE_CODE_SECRET: 'a'.repeat(48) } });
    const { dataDir } = first;
    await first.kill();
    await expect(startServer({ dataDir, env: { CASE_CODE_SECRET: 'b'.repeat(48) } })).rejects.toThrow(
      /case-code key .* is not the one this database was started with/,
    );
    const again = await startServer({ dataDir, env: { CASE_CODE_SECRET: 'a'.repeat(48) } });
    await again.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
});

describe('an address in no language of the site', () => {
  it('gets the 404 page, not a server error, on every page rendered on demand', async () => {
    const server = await startServer();
    try {
      for (const path of ['/en/help/', '/xx/help/case/', '/de/transparency/', '/en/safe-region/']) {
        const response = await fetch(`${server.origin}${path}`);
        expect([path, response.status, response.headers.get('content-type')]).toEqual([path, 404, 'text/html; charset=utf-8']);
      }
    } finally {
      await server.stop();
    }
  });
});
