/**
 * Which messenger channels may reach a child. Anyone can register an unclaimed bot name, so a
 * child who writes to an address nobody has confirmed may be writing to a stranger: a channel is
 * shown only while the office's confirmation (`checkedOn`) is fresh.
 */
import { checkAge, type CheckAge } from './freshness.ts';

/** `never`: the channel has no `checkedOn`; the others are as checkAge() says. */
export type ChannelConfirmation = CheckAge | 'never';

export function channelConfirmation(checkedOn: Date | undefined, now: Date): ChannelConfirmation {
  return checkedOn ? checkAge(checkedOn, now) : 'never';
}

export function isConfirmedChannel(checkedOn: Date | undefined, now: Date): boolean {
  return channelConfirmation(checkedOn, now) === 'fresh';
}

/**
 * The channels a page may show: only confirmed ones, except in a preview (PREVIEW_DRAFTS=1 or dev),
 * where the office sees every channel with `confirmed: false` on those that children do not see.
 * A sample channel (`sample: true`) is shown only where samples are (`samples`), confirmed or not:
 * its address is an example that reaches nobody.
 */
export function channelsToShow<C extends { checkedOn?: Date | undefined; sample?: boolean | undefined }>(
  channels: readonly C[],
  now: Date,
  preview: boolean,
  samples: boolean = preview,
): (C & { confirmed: boolean })[] {
  return channels
    .filter((channel) => samples || channel.sample !== true)
    .map((channel) => ({ ...channel, confirmed: isConfirmedChannel(channel.checkedOn, now) }))
    .filter((channel) => preview || channel.confirmed);
}
