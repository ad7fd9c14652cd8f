/**
 * Floods as the queue shows them, and closing a flood's reports at once: a moderator who has
 * looked at a flood closes its untouched reports in one go instead of one by one. Only floods of
 * the person's own regions; each bulk close is in the audit log with how many it closed.
 */
import { mayReadCase, queueRegions, type Staff } from '../../lib/roles.ts';
import type { OfficeStores } from '../store/index.ts';
import { isRecordId } from '../store/record-id.ts';
import type { Flood } from '../store/floods.ts';

export type { Flood };

/** How far back the queue lists floods: one that ended a week ago is done with. */
const SHOWN_FOR_MS = 7 * 86_400_000;

/** The floods to show above the queue: going on, or ended in the last week with reports still waiting. */
export async function floodsForQueue(office: OfficeStores, staff: Staff, now: Date): Promise<Flood[]> {
  const floods = await office.floods.recent(queueRegions(staff), new Date(now.getTime() - SHOWN_FOR_MS));
  return floods.filter((flood) => !flood.endedAt || flood.waiting > 0);
}

/**
 * Closes the waiting reports of a flood and records it; how many were closed, or undefined when
 * there is no such flood in the person's regions (answered like one that does not exist).
 */
export async function closeFlood(office: OfficeStores, staff: Staff & { name: string }, floodId: string, at: Date): Promise<number | undefined> {
  const flood = isRecordId(floodId) ? await office.floods.byId(floodId) : undefined;
  if (!flood || !mayReadCase(staff, flood.region)) return undefined;
  const closed = await office.floods.closeReports(flood.id, at);
  await office.audit.record({
    at,
    actor: staff.name,
    action: 'flood-close',
    target: flood.region,
    detail: `${closed} reports of the flood from ${flood.startedAt.toISOString()}`,
  });
  return closed;
}

/** The count a bulk close redirects with (`?floodClosed=N`), if the address carries one. */
export function floodClosedNotice(params: URLSearchParams): number | undefined {
  const value = params.get('floodClosed');
  return value !== null && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}
