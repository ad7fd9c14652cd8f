/**
 * Every channel children do not see, so the office knows what to confirm: the site hides a
 * channel without a fresh `checkedOn` (src/lib/channels.ts), silently, and that is not enough.
 */
import { calendarDay } from '../freshness.ts';
import { channelConfirmation } from '../channels.ts';
import { asDate, finding } from './finding.ts';
import type { Check, FindingCode } from './types.ts';

export const CHANNELS_FILE = 'content/data/channels.yaml';

const CODES: Record<'never' | 'outdated' | 'future', FindingCode> = {
  never: 'channel-unconfirmed',
  outdated: 'channel-outdated',
  future: 'channel-checked-future',
};

export const checkChannels: Check = ({ channels = [] }, now) =>
  channels.flatMap((channel) => {
    const checkedOn = asDate(channel.data['checkedOn']);
    const confirmation = channelConfirmation(checkedOn, now);
    if (confirmation === 'fresh') return [];
    const line = channel.lineOf(confirmation === 'never' ? [] : ['checkedOn']);
    const params = { id: channel.id, url: String(channel.data['url'] ?? ''), date: checkedOn ? calendarDay(checkedOn) : '' };
    return [finding({ file: CHANNELS_FILE }, line, 'warning', CODES[confirmation], params)];
  });
