import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileFollower } from '../../../src/integrations/file-follower';

const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder with a follower that writes down what it is handed. */
function followed() {
  const dir = mkdtempSync(join(tmpdir(), 'zanbala-follow-'));
  dirs.push(dir);
  const log: string[] = [];
  const follower = new FileFollower(join(dir, 'site'), {
    wanted: (file) => file.endsWith('.html'),
    changed: (file, size) => log.push(`changed ${file.slice(dir.length)} ${size}`),
    gone: (file) => log.push(`gone ${file.slice(dir.length)}`),
  });
  /** Writes a file of the site, `age` milliseconds old. */
  const write = (name: string, text: string, age = 60_000) => {
    const file = join(dir, 'site', name);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    const when = new Date(Date.now() - age);
    utimesSync(file, when, when);
  };
  return { dir, log, follower, write };
}

describe('following the files of a build', () => {
  it('hands over nothing while the folder does not exist, then each new file once', () => {
    const { log, follower, write } = followed();
    follower.round(200);
    expect(log).toEqual([]);
    write('kk/index.html', '<p>бала</p>');
    write('kk/style.css', 'p{}');
    follower.round(200);
    follower.round(200);
    expect(log).toEqual([`changed /site/kk/index.html ${Buffer.byteLength('<p>бала</p>')}`]);
  });

  it('waits for a file written a moment ago to settle, unless it is the last round', () => {
    const { log, follower, write } = followed();
    write('ru/index.html', '<p>ребёнок</p>', 0);
    follower.round(60_000);
    expect(log).toEqual([]);
    follower.round(0);
    expect(log).toEqual([`changed /site/ru/index.html ${Buffer.byteLength('<p>ребёнок</p>')}`]);
  });

  it('hands over a file again when it changed, and says when one went away', () => {
    const { dir, log, follower, write } = followed();
    write('ru/index.html', '<p>1</p>');
    follower.round(200);
    write('ru/index.html', '<p>12</p>', 30_000);
    follower.round(200);
    rmSync(join(dir, 'site', 'ru', 'index.html'));
    follower.round(200);
    expect(log).toEqual(['changed /site/ru/index.html 8', 'changed /site/ru/index.html 9', 'gone /site/ru/index.html']);
  });
});
