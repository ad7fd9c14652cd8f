/** `npm run content:check` as editors and tools run it: exit code, one line per finding, JSON. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/content-check/${name}/`, import.meta.url));

function contentCheck(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/content-check.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts Node and reads the whole content folder: seconds, not the 5 s default, on a busy machine.
describe('npm run content:check', { timeout: 30_000 }, () => {
  it('passes on the repository’s own content', () => {
    const { status, stdout, stderr } = contentCheck();
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/: error /);
    expect(stdout).toMatch(/Ошибок: 0/);
    expect(status).toBe(0);
  });

  it('exits 1 on an error and prints file:line, severity and the fix', () => {
    const { status, stdout } = contentCheck('--root', fixture('links'));
    expect(status).toBe(1);
    expect(stdout).toContain('content/articles/kk/links.mdx:15: error (ошибка) [link-broken] Ссылка /kk/articles/nowhere/');
    expect(stdout).toContain('Как исправить:');
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^Проверено файлов: 3\. Ошибок: 4/);
  });

  it('gives JSON with English keys, and Kazakh messages on --lang kk', () => {
    const { status, stdout } = contentCheck('--root', fixture('captions'), '--json', '--lang', 'kk');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { errors: number; findings: { file: string; line: number; severity: string; message: string }[] };
    expect(report.errors).toBe(2);
    expect(report.findings).toContainEqual(expect.objectContaining({ file: 'content/videos/kk/no-own-captions.mdx', line: 14, severity: 'error' }));
    expect(report.findings.map((finding) => finding.message).join('\n')).toContain('субтитр жоқ');
  });
});
