/**
 * <Mci n={…} /> falls back to the latest known year when content/data/mci.yaml lacks the current
 * one; the page says so, but the yearly update is the editors' job, so remind them.
 */
import { yearInKazakhstan } from '../mci.ts';
import type { Check } from './types.ts';

const MCI_FILE = 'content/data/mci.yaml';

export const checkMciYear: Check = ({ mciYears }, now) => {
  const year = yearInKazakhstan(now);
  if (!mciYears || mciYears.length === 0 || mciYears.includes(year)) return [];
  const latest = Math.max(...mciYears);
  return [{ file: MCI_FILE, line: 1, severity: 'warning', code: 'mci-year-missing', params: { year, latest } }];
};
