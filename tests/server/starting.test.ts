/** What the server checks before it listens. */
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
