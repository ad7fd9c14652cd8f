/** The inbox's stores on a fresh test database, and accounts to sign in with. */
import { afterEach, beforeEach } from 'vitest';
import type { Role } from '../../src/lib/roles';
import { hashPassword } from '../../src/server/auth/password';
import { createOfficeStores, openDb, type OfficeStores } from '../../src/server/store';
import type { TestDatabase } from './databases';

export const PASSWORD = 'correct horse battery';

/** Opens the stores before each test and closes them after; read `current()` inside a test. */
export function useOffice(database: TestDatabase): () => OfficeStores {
  let office: OfficeStores | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    const created = await database.create();
    office = createOfficeStores(await openDb(created.location));
    cleanup = created.cleanup;
  });
  afterEach(async () => {
    await office?.reports.close();
    await cleanup?.();
  });
  return () => office!;
}

let passwordHash: Promise<string> | undefined;

/**
 * Adds an account with PASSWORD, hashed once per test file at a low scrypt cost: the real cost is
 * slow on purpose, and each login verifies at the cost stored in the hash.
 */
export async function addUser(office: OfficeStores, name: string, role: Role, regions: string[] = []): Promise<string> {
  passwordHash ??= hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
  const id = await office.users.add({ name, role, regions, passwordHash: await passwordHash }, new Date('2026-01-01T00:00:00Z'));
  if (!id) throw new Error(`${name} exists`);
  return id;
}
