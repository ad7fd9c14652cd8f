/**
 * Who works on a case: a staff account that took it or was handed it, or nobody (the region's).
 * The rules of who may hand a case to whom are in src/server/admin/owner-actions.ts.
 */
import type { Db } from '../db/types.ts';

export interface OwnerChoice {
  id: string;
  name: string;
}

export function createOwners(db: Db) {
  return {
    /** Sets the case's owner, or leaves it to the region with undefined. */
    async set(caseId: string, ownerId: string | undefined, at: Date): Promise<void> {
      await db.run('UPDATE reports SET owner_id = ?, updated_at = ? WHERE id = ?', [ownerId ?? null, at.toISOString(), caseId]);
    },

    /** Active moderators of `region`: whom a case of it may be handed to. */
    async candidates(region: string): Promise<OwnerChoice[]> {
      const rows = await db.all("SELECT id, name, regions FROM users WHERE role = 'moderator' AND disabled = 0 ORDER BY name");
      return rows.filter((row) => String(row['regions']).split(',').includes(region)).map((row) => ({ id: String(row['id']), name: String(row['name']) }));
    },

    /** Staff names by id, for the owners a page shows. */
    async names(ids: readonly string[]): Promise<Map<string, string>> {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return new Map();
      const rows = await db.all(`SELECT id, name FROM users WHERE id IN (${unique.map(() => '?').join(', ')})`, unique);
      return new Map(rows.map((row) => [String(row['id']), String(row['name'])]));
    },
  };
}

export type Owners = ReturnType<typeof createOwners>;
