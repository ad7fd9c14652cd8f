/**
 * Noticing a flood: a region's office receiving reports far above its normal rate, as when a
 * script files hundreds of junk "urgent" reports to bury a real one. Every report is still stored
 * and shown; those accepted during a flood from a client that has already written in its
 * rate-limit window, and urgent ones from a client over its rate limit, are marked `suspected
 * flood`, and the queue puts the real urgent reports first
 * (src/server/store/inbox.ts). The figures are in docs/inbox.md.
 */
import type { ClientStanding } from '../accept.ts';
import type { AuditLog } from '../store/audit.ts';
import type { Floods } from '../store/floods.ts';
import { createFloodEdge } from './flood-edge.ts';
import { onFloodChange } from './flood-events.ts';

/** The rate is the reports of the last 10 minutes. */
export const FLOOD_WINDOW_MS = 10 * 60_000;
/** Never a flood below this many reports in a window: a class writing during a lesson is not one. */
export const FLOOD_FLOOR = 30;
/** A flood is this many times the region's normal reports in a window, when that is above the floor. */
export const FLOOD_FACTOR = 10;
/**
 * During a flood, a client's first report of its rate-limit window (an hour) is not marked: the
 * child who writes once, even from a school's shared address, stays among the real reports; the
 * addresses sending the flood are marked from their second report on.
 */
export const FLOOD_CLIENT_ALLOWANCE = 1;
/** The normal rate: the region's unmarked reports of the last 28 days. */
const NORMAL_DAYS = 28;
const DAY_MS = 86_400_000;
/** The normal rate changes slowly; it is counted again at most once an hour per region. */
const NORMAL_REFRESH_MS = 3_600_000;
/**
 * How long a region's count of its last window's reports is taken from memory: the reports this
 * process stored since are added to it, so a busy second costs one COUNT, not one per report.
 * Another process's reports of that second are seen at the next count.
 */
const RECOUNT_MS = 1_000;
/** What the audit log names as the actor of a flood's start and end: no person did them. */
export const FLOOD_ACTOR = 'zanbala';

/** Reports in a window that make a flood, for a region whose normal window holds `normal`. */
export const floodThreshold = (normal: number) => Math.max(FLOOD_FLOOR, Math.ceil(FLOOD_FACTOR * normal));

export interface FloodWatch {
  /**
   * Whether a report about to be stored in `region` is a suspected flood; notices a flood
   * starting on the way. `client`: what the rate limits know of its sender.
   */
  suspect(region: string, report: { urgent: boolean; client: ClientStanding }, at: Date): Promise<boolean>;
  /**
   * Counts a report of `region` as on its way from now until the returned function is called
   * (once it is stored or refused): reports arriving together see each other before any is stored.
   */
  arriving(region: string): () => void;
  /** Tells the watch a report was stored (`marked` or not), so a flood noticed soon after can mark it too. */
  stored(region: string, id: string, report: { client: ClientStanding; marked: boolean }, at: Date): void;
  /** Ends the floods whose rate has fallen back below half the threshold; run every minute. */
  sweep(at: Date): Promise<void>;
}

export function createFloodWatch(floods: Floods, audit: AuditLog): FloodWatch {
  const normals = new Map<string, { countedAt: number; perWindow: number }>();
  const onTheWay = new Map<string, number>();
  const recentCounts = new Map<string, { countedAt: number; count: number }>();
  const edge = createFloodEdge(FLOOD_WINDOW_MS);
  const isFirstOfClient = (client: ClientStanding) => client.count !== undefined && client.count <= FLOOD_CLIENT_ALLOWANCE;

  async function threshold(region: string, at: Date): Promise<number> {
    const known = normals.get(region);
    if (known && at.getTime() - known.countedAt < NORMAL_REFRESH_MS) return floodThreshold(known.perWindow);
    // The window now is left out, so a flood does not raise its own bar.
    const until = new Date(at.getTime() - FLOOD_WINDOW_MS);
    const count = await floods.normalSince(region, new Date(until.getTime() - NORMAL_DAYS * DAY_MS), until);
    const perWindow = count / ((NORMAL_DAYS * DAY_MS) / FLOOD_WINDOW_MS);
    normals.set(region, { countedAt: at.getTime(), perWindow });
    return floodThreshold(perWindow);
  }

  /** The region's reports of the last window: counted in the database at most once a second. */
  async function recentReports(region: string, at: Date): Promise<number> {
    const known = recentCounts.get(region);
    if (known && at.getTime() - known.countedAt < RECOUNT_MS && at.getTime() >= known.countedAt) return known.count;
    const count = await floods.reportsSince(region, new Date(at.getTime() - FLOOD_WINDOW_MS));
    recentCounts.set(region, { countedAt: at.getTime(), count });
    return count;
  }

  async function changed(region: string, change: 'start' | 'end', at: Date, detail: string) {
    await audit.record({ at, actor: FLOOD_ACTOR, action: change === 'start' ? 'flood-start' : 'flood-end', target: region, detail });
    await onFloodChange(region, change, at);
  }

  return {
    async suspect(region, { urgent, client }, at) {
      const bar = await threshold(region, at);
      // This report and those on their way with it count too: the bar-th report of a window starts the flood.
      const recent = (await recentReports(region, at)) + Math.max(1, onTheWay.get(region) ?? 0);
      const started = recent >= bar && (await floods.start(region, at, new Date(at.getTime() - FLOOD_WINDOW_MS)));
      if (started) await changed(region, 'start', at, `${recent} reports in ${FLOOD_WINDOW_MS / 60_000} min; threshold ${bar}`);
      const flooded = started || recent >= bar || (await floods.isOpen(region));
      if (flooded) await floods.mark(edge.take(region, at));
      if (urgent && client.overLimit) return true;
      // A child writing once during a flood is not part of it: only a client's later reports are.
      return flooded && !isFirstOfClient(client);
    },

    stored(region, id, { client, marked }, at) {
      const counted = recentCounts.get(region);
      if (counted) counted.count += 1;
      if (!marked && !isFirstOfClient(client)) edge.remember(region, id, at);
    },

    arriving(region) {
      onTheWay.set(region, (onTheWay.get(region) ?? 0) + 1);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        const left = (onTheWay.get(region) ?? 1) - 1;
        if (left > 0) onTheWay.set(region, left);
        else onTheWay.delete(region);
      };
    },

    async sweep(at) {
      for (const region of await floods.openRegions()) {
        const recent = await floods.reportsSince(region, new Date(at.getTime() - FLOOD_WINDOW_MS));
        const bar = await threshold(region, at);
        if (recent < bar / 2 && (await floods.end(region, at))) {
          await changed(region, 'end', at, `${recent} reports in ${FLOOD_WINDOW_MS / 60_000} min; threshold ${bar}`);
        }
      }
    },
  };
}
