/**
 * The moment a region's flood starts or ends, for whatever must hear of it: the audit log has it
 * already (src/server/floods/flood-watch.ts); an alert to the people on duty hooks in here.
 *
 * `onFloodChange(region, change, at)` is called exactly once per start and once per end, by the
 * one server process that saw it happen, however many share the database. It tells every listener
 * registered with `listenForFloods`, in order, and waits for them; a listener that throws or
 * rejects is logged and does not keep the others, or the report that started the flood, from
 * going on. A listener gets no report and no words of a child: only the region and the time.
 */

export type FloodChange = 'start' | 'end';
export type FloodListener = (region: string, change: FloodChange, at: Date) => void | Promise<void>;

// On globalThis: a new build the running server picks up loads this module again (src/server/live-build.ts).
const SHARED = Symbol.for('zanbala.floodListeners');
const holder = globalThis as { [SHARED]?: Set<FloodListener> };
const listeners = (holder[SHARED] ??= new Set());

/** Registers `listener` for every flood's start and end; returns what unregisters it. */
export function listenForFloods(listener: FloodListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener that a flood of `region` started or ended at `at`. */
export async function onFloodChange(region: string, change: FloodChange, at: Date): Promise<void> {
  for (const listener of [...listeners]) {
    try {
      await listener(region, change, at);
    } catch (error) {
      console.error(`A flood listener failed on the ${change} of a flood in ${region}: ${error instanceof Error ? error.message : error}`);
    }
  }
}
