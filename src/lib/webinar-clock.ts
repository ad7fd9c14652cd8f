/**
 * Whether a webinar is upcoming, live or past is a matter of the clock, not of the build: pages
 * carry what the build knew (right without JavaScript until the next build), and this script,
 * run in the browser, corrects it to the visitor's time. It reads only data attributes:
 * - `[data-webinar-facts]` with `data-starts-at-ms` and `data-ends-at-ms`: its
 *   `data-webinar-status` is set, and each child `[data-when-status]` (a space-separated list of
 *   statuses) is shown only while the webinar has one of them;
 * - `[data-webinar-schedule]`: of its `[data-ends-at-ms]` children, in start order, only the
 *   first that has not ended is shown; `[data-no-webinar]` is shown when none is left.
 */
import { webinarStatus } from './dates.ts';

export function applyWebinarClock(root: ParentNode, now: Date): void {
  for (const facts of root.querySelectorAll<HTMLElement>('[data-webinar-facts]')) {
    const startsAt = Number(facts.dataset['startsAtMs']);
    const endsAt = Number(facts.dataset['endsAtMs']);
    const status = webinarStatus(new Date(startsAt), (endsAt - startsAt) / 60_000, now);
    facts.dataset['webinarStatus'] = status;
    for (const part of facts.querySelectorAll<HTMLElement>('[data-when-status]')) {
      part.hidden = !(part.dataset['whenStatus'] ?? '').split(' ').includes(status);
    }
  }
  for (const schedule of root.querySelectorAll<HTMLElement>('[data-webinar-schedule]')) {
    let shown = false;
    for (const item of schedule.querySelectorAll<HTMLElement>('[data-ends-at-ms]')) {
      const visible: boolean = !shown && Number(item.dataset['endsAtMs']) > now.getTime();
      item.hidden = !visible;
      shown ||= visible;
    }
    const none = schedule.querySelector<HTMLElement>('[data-no-webinar]');
    if (none) none.hidden = shown;
  }
}
