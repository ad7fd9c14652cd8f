/**
 * A flood's start and end reach the people on duty as alerts (docs/inbox.md, Floods): the start so
 * that someone looks at the queue before the junk buries anything, the end so they know it is over.
 * Like every alert, it names only the region and links the queue, never a report.
 */
import { listenForFloods } from '../floods/flood-events.ts';
import type { AlertQueue } from '../store/alerts.ts';

/** Queues an alert for each flood start and end from now on; returns what stops it. */
export function alertOnFloods(alerts: AlertQueue): () => void {
  return listenForFloods(async (region, change, at) => {
    await alerts.enqueue(change === 'start' ? 'flood-start' : 'flood-end', region, { at, dedupeKey: `flood-${change}:${region}:${at.toISOString()}` });
  });
}
