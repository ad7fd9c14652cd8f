/**
 * The channels of content/data/channels.yaml a page may show: every page that offers a messenger
 * asks here, so the rule of src/lib/channels.ts (only confirmed channels reach a child) holds on
 * all of them.
 */
import { channelsToShow } from '../lib/channels';
import { buildTime, previewDrafts, showSamples } from './build-time';
import { getChannels } from './site-data';

export interface ShownChannel {
  id: string;
  region: string;
  messenger: 'telegram' | 'whatsapp';
  url: string;
  label: string;
  /** False only in a preview, where the office sees the channels children do not. */
  confirmed: boolean;
}

/**
 * The channels to show at `now` (the build for static pages, the request for the help page):
 * the confirmed ones, and in a preview every channel, each saying whether it is confirmed;
 * sample channels only in a build that shows samples.
 */
export async function getShownChannels(now: Date = buildTime, preview: boolean = previewDrafts, samples: boolean = showSamples): Promise<ShownChannel[]> {
  const channels = (await getChannels()).map(({ id, data }) => ({
    id,
    region: data.region,
    messenger: data.messenger,
    url: data.url,
    label: data.label,
    checkedOn: data.checkedOn,
    sample: data.sample,
  }));
  return channelsToShow(channels, now, preview, samples).map(({ checkedOn: _checkedOn, sample: _sample, ...channel }) => channel);
}
