/**
 * The only reader of content/data/channels.yaml: every page that offers a messenger asks here, so
 * the rule of src/lib/channels.ts (only confirmed channels reach a child) holds on all of them.
 */
import { getCollection } from 'astro:content';
import { channelsToShow } from '../lib/channels';
import { buildTime, previewDrafts } from './catalog';

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
 * the confirmed ones, and in a preview every channel, each saying whether it is confirmed.
 */
export async function getShownChannels(now: Date = buildTime, preview: boolean = previewDrafts): Promise<ShownChannel[]> {
  const channels = (await getCollection('channels')).map(({ id, data }) => ({
    id,
    region: data.region.id,
    messenger: data.messenger,
    url: data.url,
    label: data.label,
    checkedOn: data.checkedOn,
  }));
  return channelsToShow(channels, now, preview).map(({ checkedOn: _checkedOn, ...channel }) => channel);
}
