/** When `npm start` rebuilds: a build made with SHOW_SAMPLES=1 never stays on a server that does not ask for samples. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleReason } from '../../../scripts/lib/build.mjs';
import { writeBuildInfo } from '../../../scripts/lib/builds.mjs';

let root: string;

/** A project whose only build input is older than its finished build, made with or without SHOW_SAMPLES. */
function builtProject(showSamples: boolean) {
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'page.ts'), '');
  utimesSync(join(root, 'src', 'page.ts'), new Date('2026-01-01'), new Date('2026-01-01'));
  utimesSync(join(root, 'src'), new Date('2026-01-01'), new Date('2026-01-01'));
  mkdirSync(join(root, 'dist', 'client'), { recursive: true });
  mkdirSync(join(root, 'dist', 'server'));
  writeFileSync(join(root, 'dist', 'server', 'entry.mjs'), '');
  writeBuildInfo(join(root, 'dist'), { origin: 'http://localhost:4321', showSamples });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'zanbala-stale-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a build and SHOW_SAMPLES', () => {
  it('is up to date when both leave samples out, or both show them', () => {
    builtProject(false);
    expect(staleReason(root, { env: {} })).toBeUndefined();
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root);
    builtProject(true);
    expect(staleReason(root, { env: { SHOW_SAMPLES: '1' } })).toBeUndefined();
  });

  it('is rebuilt when a demonstration build would reach a server without SHOW_SAMPLES', () => {
    builtProject(true);
    expect(staleReason(root, { env: {} })).toMatch(/SHOW_SAMPLES/);
  });

  it('is rebuilt when SHOW_SAMPLES asks for samples the build left out', () => {
    builtProject(false);
    expect(staleReason(root, { env: { SHOW_SAMPLES: '1' } })).toMatch(/SHOW_SAMPLES asks/);
  });

  it('is not rebuilt for PREVIEW_DRAFTS: the server’s environment never turns a build into a preview', () => {
    builtProject(false);
    expect(staleReason(root, { env: { PREVIEW_DRAFTS: '1' } })).toBeUndefined();
  });
});
