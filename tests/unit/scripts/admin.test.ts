/** `npm run admin`: the script as Node runs it, on a database of its own. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../src/server/auth/password';
import { createOfficeStores, openDb } from '../../../src/server/store';

const dir = mkdtempSync(join(tmpdir(), 'zanbala-admin-cli-'));
const path = join(dir, 'zanbala.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function admin(args: string[], input = '') {
  const result = spawnSync(process.execPath, ['scripts/admin.ts', ...args], {
    cwd: process.cwd(),
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `sqlite:${path}` },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

async function storedUser(name: string) {
  const db = await openDb({ kind: 'sqlite', path });
  try {
    return await createOfficeStores(db).users.byName(name);
  } finally {
    await db.close();
  }
}

// Each case starts Node several times and hashes passwords at full cost: slow on a busy machine.
describe('npm run admin', { timeout: 60_000 }, () => {
  it('adds a moderator with regions, the password read from standard input and stored only as a hash', async () => {
    const result = admin(['user', 'add', 'aigerim', '--role', 'moderator', '--regions', 'astana,abai', '--password-stdin'], 'a long password 1\n');
    expect(result.code, result.err).toBe(0);
    const user = await storedUser('aigerim');
    expect(user?.regions).toEqual(['astana', 'abai']);
    expect(user?.passwordHash).not.toContain('a long password');
    expect(await verifyPassword('a long password 1', user!.passwordHash)).toBe(true);
  });

  it('refuses a name that is taken, a short password and an unknown region, with exit codes', () => {
    expect(admin(['user', 'add', 'aigerim', '--role', 'admin', '--password-stdin'], 'another long one\n').code).toBe(1);
    const short = admin(['user', 'add', 'bolat', '--role', 'admin', '--password-stdin'], 'short\n');
    expect(short.code).toBe(1);
    expect(short.err).toContain('at least 12 characters');
    const region = admin(['user', 'add', 'bolat', '--role', 'moderator', '--regions', 'atlantis', '--password-stdin'], 'a long password 1\n');
    expect(region.code).toBe(2);
    expect(region.err).toContain('atlantis');
    expect(admin(['user', 'add', 'bolat', '--role', 'moderator', '--password-stdin'], 'a long password 1\n').code).toBe(2);
    expect(admin(['user', 'add', 'bolat', '--role', 'boss', '--password-stdin'], 'a long password 1\n').code).toBe(2);
    expect(admin(['user', 'add', 'bolat', '--role', 'admin'], '').code).toBe(2);
  });

  it('lists, disables and resets accounts', async () => {
    expect(admin(['user', 'add', 'dana', '--role', 'analyst', '--password-stdin'], 'a long password 2').code).toBe(0);
    const list = admin(['user', 'list']);
    expect(list.out).toMatch(/aigerim\tmoderator\tastana,abai\tactive/);
    expect(list.out).toMatch(/dana\tanalyst\t-\tactive/);
    expect(admin(['user', 'disable', 'dana']).code).toBe(0);
    expect(admin(['user', 'list']).out).toMatch(/dana\tanalyst\t-\tdisabled/);
    expect(admin(['user', 'disable', 'nobody']).code).toBe(1);
    expect(admin(['user', 'reset-password', 'aigerim', '--password-stdin'], 'a brand new password\n').code).toBe(0);
    expect(await verifyPassword('a brand new password', (await storedUser('aigerim'))!.passwordHash)).toBe(true);
  });

  it('explains its usage for an unknown command', () => {
    const result = admin(['user', 'promote', 'aigerim']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('npm run admin -- user add NAME');
  });
});
