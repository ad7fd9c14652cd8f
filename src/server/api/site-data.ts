/**
 * The site data of a build (src/pages/site-data.json.ts): read once per build folder, so a build
 * the running server switches to (src/server/live-build.ts) brings its own regions and pages.
 * Imported by plain Node (type stripping).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { widgetTokenOf } from '../reach/widget-token.ts';

export interface SiteData {
  regionIds: string[];
  publicPaths: string[];
  /** Each region's `answerDays` from regions.yaml. */
  answerDays: Record<string, number>;
  /** The days off of holidays.yaml, `YYYY-MM-DD`. */
  holidays: string[];
  /** Each region's name in Kazakh and Russian: what an alert says. */
  regionNames: Record<string, { kk: string; ru: string }>;
}

export const SITE_DATA_FILE = 'site-data.json';

export interface LoadedSiteData {
  regionIds: readonly string[];
  publicPaths: ReadonlySet<string>;
  answerDays: Readonly<Record<string, number>>;
  holidays: ReadonlySet<string>;
  /** The widget's signature on its view counts, when the build has one (src/server/reach/widget-token.ts). */
  widgetToken: string | undefined;
  regionNames: Readonly<Record<string, { kk: string; ru: string }>>;
}

const loaded = new Map<string, LoadedSiteData>();

/** The site data of the build in `buildFolder`; throws, naming the file, when the build has none. */
export function siteDataOf(buildFolder: string): LoadedSiteData {
  let data = loaded.get(buildFolder);
  if (data) return data;
  const file = join(buildFolder, SITE_DATA_FILE);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as SiteData;
  data = {
    regionIds: raw.regionIds,
    publicPaths: new Set(raw.publicPaths),
    answerDays: raw.answerDays,
    holidays: new Set(raw.holidays),
    widgetToken: widgetTokenOf(buildFolder),
    regionNames: raw.regionNames ?? {},
  };
  loaded.set(buildFolder, data);
  return data;
}

const PROVIDER = Symbol.for('zanbala.siteData');
const provider = globalThis as { [PROVIDER]?: (() => LoadedSiteData) | undefined };

/**
 * Names where the site data of the build in use comes from: scripts/start.mjs, which knows the
 * live build. Kept on globalThis, as the services are, so every bundle of the server finds it.
 */
export function provideSiteData(read: () => LoadedSiteData): void {
  provider[PROVIDER] = read;
}

/** The site data of the build being served; undefined when no server named one (a script, a test). */
export function liveSiteData(): LoadedSiteData | undefined {
  return provider[PROVIDER]?.();
}
