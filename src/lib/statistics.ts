/**
 * The statistics page's figures from the store's day counts: weeks (Monday to Sunday, UTC),
 * totals, the urgent share and the median time to first reply. Pure, so it is tested alone.
 */
import { median } from './median.ts';

export interface DayCount {
  day: string;
  category: string;
  region: string;
  urgent: boolean;
  count: number;
}

/** The Monday (UTC) of the week a `YYYY-MM-DD` day falls in. */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday `weeks - 1` weeks before the week of `now`: the start of a period of `weeks` weeks. */
export function periodStart(now: Date, weeks: number): Date {
  const monday = weekOf(now.toISOString().slice(0, 10));
  return new Date(Date.parse(`${monday}T00:00:00Z`) - (weeks - 1) * 7 * 86_400_000);
}

/** Every Monday from `start` up to `now`, oldest first. */
export function weeksFrom(start: Date, now: Date): string[] {
  const weeks: string[] = [];
  for (let time = start.getTime(); time <= now.getTime(); time += 7 * 86_400_000) weeks.push(new Date(time).toISOString().slice(0, 10));
  return weeks;
}

/** Counts per week and `key` (category or region): `table.get(key)?.get(week)`. */
export function weeklyBy(counts: readonly DayCount[], key: 'category' | 'region'): Map<string, Map<string, number>> {
  const table = new Map<string, Map<string, number>>();
  for (const entry of counts) {
    const row = table.get(entry[key]) ?? new Map<string, number>();
    const week = weekOf(entry.day);
    row.set(week, (row.get(week) ?? 0) + entry.count);
    table.set(entry[key], row);
  }
  return table;
}

export interface Summary {
  total: number;
  urgent: number;
  /** 0–1; undefined when there are no reports. */
  urgentShare: number | undefined;
  medianHoursToFirstReply: number | undefined;
}

export function summarize(counts: readonly DayCount[], replyHours: readonly number[]): Summary {
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  const urgent = counts.filter((entry) => entry.urgent).reduce((sum, entry) => sum + entry.count, 0);
  return { total, urgent, urgentShare: total ? urgent / total : undefined, medianHoursToFirstReply: median(replyHours) };
}

/** Rows of the CSV export: one per week, category and region, with the urgent count. */
export function exportRows(counts: readonly DayCount[]): string[][] {
  const rows = new Map<string, { reports: number; urgent: number }>();
  for (const entry of counts) {
    const key = [weekOf(entry.day), entry.category, entry.region].join('\u0000');
    const row = rows.get(key) ?? { reports: 0, urgent: 0 };
    row.reports += entry.count;
    if (entry.urgent) row.urgent += entry.count;
    rows.set(key, row);
  }
  const body = [...rows].sort(([a], [b]) => a.localeCompare(b)).map(([key, row]) => [...key.split('\u0000'), String(row.reports), String(row.urgent)]);
  return [['week', 'category', 'region', 'reports', 'urgent'], ...body];
}

/**
 * CSV per RFC 4180. A cell that a spreadsheet would run as a formula (=, +, -, @) gets a leading
 * apostrophe, though ids and numbers never start so.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
