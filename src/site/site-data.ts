/**
 * The data files of content/data as pages read them: numbers, regions, channels, topics, legal
 * facts and the MCI. Their text is part of the build (Vite inlines each file), so a server keeps
 * the data it was built with, and reading them needs neither `astro:content` nor the lesson
 * collections: a page rendered on demand that imported `astro:content` would carry every lesson
 * into the server bundle. The rules are those of Astro's loader (src/lib/data-schemas.ts), which
 * has already refused a file that breaks them before any page is built.
 */
import { parse } from 'yaml';
import type { z } from 'zod';
import type { Lang } from '../lib/langs';
import {
  channelSchema,
  helplineSchema,
  holidaySchema,
  legalFactSchema,
  mciSchema,
  regionSchema,
  topicSchema,
  type Channel,
  type Helpline,
  type LegalFact,
  type Region,
  type Topic,
} from '../lib/data-schemas';
import channelsYaml from '../../content/data/channels.yaml?raw';
import helplinesYaml from '../../content/data/helplines.yaml?raw';
import holidaysYaml from '../../content/data/holidays.yaml?raw';
import legalFactsYaml from '../../content/data/legal-facts.yaml?raw';
import mciYaml from '../../content/data/mci.yaml?raw';
import regionsYaml from '../../content/data/regions.yaml?raw';
import topicsYaml from '../../content/data/topics.yaml?raw';

/** One item of a data file, shaped as a collection entry so pages read `id` and `data` alike. */
export interface DataEntry<T> {
  id: string;
  data: T;
}

/** The items of a data file that is a YAML list of `{ id, … }`, each checked by `schema`. */
export function readDataFile<S extends z.ZodType>(name: string, text: string, schema: S): DataEntry<z.output<S>>[] {
  const items: unknown = parse(text);
  if (!Array.isArray(items)) throw new Error(`content/data/${name} must be a list of items, each with an id`);
  const seen = new Set<string>();
  return items.map((item: Record<string, unknown>, index) => {
    const id = String(item?.['id'] ?? '');
    if (!id) throw new Error(`content/data/${name}: item ${index + 1} has no id`);
    if (seen.has(id)) throw new Error(`content/data/${name}: the id "${id}" is used twice`);
    seen.add(id);
    const parsed = schema.safeParse(item);
    if (!parsed.success)
      throw new Error(`content/data/${name}, "${id}": ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    return { id, data: parsed.data };
  });
}

/** Reads a file once, on first use. */
function once<T>(read: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= read());
}

const topics = once(() => readDataFile('topics.yaml', topicsYaml, topicSchema));
const regions = once(() => readDataFile('regions.yaml', regionsYaml, regionSchema));
const helplines = once(() => readDataFile('helplines.yaml', helplinesYaml, helplineSchema).sort((a, b) => a.data.order - b.data.order));
const channels = once(() => readDataFile('channels.yaml', channelsYaml, channelSchema));
const legalFacts = once(() => new Map(readDataFile('legal-facts.yaml', legalFactsYaml, legalFactSchema).map((entry) => [entry.id, entry.data])));
const holidays = once(() => new Set(readDataFile('holidays.yaml', holidaysYaml, holidaySchema).map((entry) => entry.id)));
const mci = once(() => readDataFile('mci.yaml', mciYaml, mciSchema).map((entry) => ({ year: Number(entry.id), tenge: entry.data.tenge })));

export const getTopics = async (): Promise<DataEntry<Topic>[]> => topics();
export const getRegions = async (): Promise<DataEntry<Region>[]> => regions();

/** Helplines by their `order`, the most urgent first. */
export const getHelplines = async (): Promise<DataEntry<Helpline>[]> => helplines();

/** The numbers every page shows: 112, 102, 111. */
export const getEveryPageHelplines = async (): Promise<DataEntry<Helpline>[]> => helplines().filter((helpline) => helpline.data.everyPage);

/** Every channel, confirmed or not: src/site/channels.ts decides which a page may show. */
export const getChannels = async (): Promise<DataEntry<Channel>[]> => channels();

/** The registry of legal facts by id. */
export const getLegalFacts = async (): Promise<Map<string, LegalFact>> => legalFacts();

/** The days off besides weekends, as `YYYY-MM-DD` in Almaty. */
export const getHolidays = async (): Promise<ReadonlySet<string>> => holidays();

/** The MCI table of content/data/mci.yaml, one row per year. */
export const getMciTable = async (): Promise<{ year: number; tenge: number }[]> => mci();

/** Every region as a choice in `lang`: its id and its name. */
export const getRegionNames = async (lang: Lang): Promise<{ id: string; name: string }[]> =>
  regions().map((region) => ({ id: region.id, name: region.data.name[lang] }));
