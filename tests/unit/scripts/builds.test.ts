/** Switching `dist` to a finished build, and which old builds are deleted. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isManagedBuild, switchTo } from '../../../scripts/lib/builds.mjs';

let root: string;
const build = (name: string) => {
  const dir = join(root, 'builds', name);
  mkdirSync(join(dir, 'client'), { recursive: true });
  return dir;
};
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('builds', () => {
  it('point dist at the newest, move a plain dist/ aside, and keep the two before it', () => {
    root = mkdtempSync(join(tmpdir(), 'zanbala-builds-'));
    mkdirSync(join(root, 'dist', 'client'), { recursive: true });
    const names = ['20261201T000000Z-1', '20261201T010000Z-2', '20261201T020000Z-3', '20261201T030000Z-4'];
    mkdirSync(join(root, 'builds'));
    for (const name of names) switchTo(root, build(name));
    expect(readlinkSync(join(root, 'dist'))).toBe(join('builds', names[3]!));
    // The plain dist/ was moved aside as the oldest build, then deleted with the first one.
    expect(readdirSync(join(root, 'builds')).sort()).toEqual(names.slice(1));
  });

  it('never delete a build a live process is serving, nor a folder that is not a build', async () => {
    root = mkdtempSync(join(tmpdir(), 'zanbala-builds-'));
    mkdirSync(join(root, 'builds'));
    const served = build('20261201T000000Z-1');
    const child = spawn('sleep', ['30']);
    writeFileSync(join(served, `.serving-${child.pid}`), '');
    const apart = build('posters-1-2');
    for (const name of ['20261201T010000Z-2', '20261201T020000Z-3', '20261201T030000Z-4']) switchTo(root, build(name));
    expect(existsSync(served)).toBe(true);
    expect(existsSync(apart)).toBe(true);
    expect(isManagedBuild(root, apart)).toBe(false);
    child.kill();
    await new Promise((resolve) => child.once('exit', resolve));
    switchTo(root, build('20261201T040000Z-5'));
    expect(existsSync(served)).toBe(false);
  });
});
