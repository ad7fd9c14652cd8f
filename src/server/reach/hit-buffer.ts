/**
 * Page views are summed in memory and written every few seconds in one transaction, so a busy
 * hour of page loads costs a handful of writes instead of one synced write per view, and never
 * holds up a report waiting for the database (SQLite has one writer). A view still unwritten when
 * the process stops is lost: a counter may miss a few seconds, a report never.
 */
import type { Hit } from '../../lib/reach.ts';
import type { PageViews, PendingViews } from '../store/page-views.ts';

export const FLUSH_EVERY_MS = 2000;

export function createHitBuffer(store: Pick<PageViews, 'add'>, everyMs = FLUSH_EVERY_MS) {
  let pending = new Map<string, PendingViews>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const put = (row: PendingViews) => {
    const key = [row.day, row.hit.path, row.hit.lang, row.hit.source, row.hit.region].join('\u0000');
    const held = pending.get(key);
    if (held) held.views += row.views;
    else pending.set(key, { ...row });
  };

  async function flush(): Promise<void> {
    timer = undefined;
    const batch = [...pending.values()];
    pending = new Map();
    if (batch.length === 0) return;
    try {
      await store.add(batch);
    } catch (error) {
      // The rows wait for the next try: the database may be back by then.
      for (const row of batch) put(row);
      schedule();
      console.error(`Writing page views failed: ${error instanceof Error ? error.message : error}`);
    }
  }

  function schedule() {
    timer ??= setTimeout(() => void flush(), everyMs);
    timer.unref?.();
  }

  return {
    count(hit: Hit, day: string): void {
      put({ hit, day, views: 1 });
      schedule();
    },
    flush,
  };
}
