/**
 * Taking a case, handing it to another moderator of its region, or leaving it to the region.
 * The form names `owner`: `me`, a moderator's id, or '' for nobody. A case goes only to someone
 * who may read it: an active moderator of its region, or the person taking it themselves.
 */
import type { StaffUser } from '../store/users.ts';
import type { OfficeStores } from '../store/index.ts';

export type OwnerNotice = 'owner' | 'owner-invalid';

export async function actOnOwner(
  office: OfficeStores,
  actor: StaffUser,
  found: { id: string; region: string; ownerId: string | undefined },
  fields: Record<string, string>,
  at: Date,
): Promise<OwnerNotice> {
  const wanted = fields['owner'] ?? '';
  let ownerId: string | undefined;
  if (wanted === 'me') ownerId = actor.id;
  else if (wanted !== '') {
    const candidate = (await office.owners.candidates(found.region)).find((choice) => choice.id === wanted);
    if (!candidate) return 'owner-invalid';
    ownerId = candidate.id;
  }
  if (ownerId === found.ownerId) return 'owner';
  await office.owners.set(found.id, ownerId, at);
  const name = ownerId === actor.id ? actor.name : ownerId ? ((await office.owners.names([ownerId])).get(ownerId) ?? ownerId) : undefined;
  // The audit says who took or handed what to whom; "region" when it went back to everyone.
  await office.audit.record({ at, actor: actor.name, action: 'owner', target: found.id, detail: name ?? 'region' });
  return 'owner';
}
