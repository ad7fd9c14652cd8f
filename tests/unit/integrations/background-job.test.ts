import { describe, expect, it } from 'vitest';
import { startJob } from '../../../src/integrations/background-job';

const ECHO = new URL('../../fixtures/jobs/echo-job.ts', import.meta.url);

describe('a background job of the build', () => {
  it('works until it is asked to finish, then gives its result', async () => {
    const job = startJob<{ text: string }, string>(ECHO, { text: 'қауіпсіз' });
    await expect(job.finish()).resolves.toBe('ҚАУІПСІЗ');
  });

  it('fails the build with its own reason when its work fails', async () => {
    const job = startJob<{ text: string; fail: boolean }, string>(ECHO, { text: 'бала', fail: true });
    await expect(job.finish()).rejects.toThrow(/the job could not echo бала/);
  });

  it('fails the build, with what it printed, when its script cannot run', async () => {
    const job = startJob<object, string>(new URL('../../fixtures/jobs/no-such-job.ts', import.meta.url), {});
    await expect(job.finish()).rejects.toThrow(/no-such-job\.ts stopped \(exit code 1\) without a result:[\s\S]*Cannot find module/);
  });
});
