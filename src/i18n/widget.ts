/**
 * The few strings the widget shows, picked from the dictionaries at build time, so the widget
 * bundle carries them and not the whole interface text (its budget is 8 KB gzip).
 */
import { kk } from './kk.ts';
import { ru } from './ru.ts';
import type { Lang } from '../lib/langs.ts';

export const WIDGET_KEYS = [
  'site.name',
  'widget.label',
  'home.latest',
  'home.nextWebinar',
  'kind.articles',
  'kind.videos',
  'kind.webinars',
  'webinar.timeZone',
  'widget.help',
  'widget.help.limit',
  'widget.case',
  'widget.newTab',
  'helplines.label',
  'helplines.lead',
  'widget.number.112',
  'widget.number.102',
  'widget.number.111',
  'widget.offline',
  'widget.all',
] as const;

export type WidgetKey = (typeof WIDGET_KEYS)[number];
export type WidgetText = Record<WidgetKey, string>;

const dictionaries = { kk, ru };

export function widgetText(lang: Lang): WidgetText {
  return Object.fromEntries(WIDGET_KEYS.map((key) => [key, dictionaries[lang][key]])) as WidgetText;
}
