/**
 * Legal content is only as good as its last check by a lawyer and its sources: docs/writing.md asks for
 * a `review` line and links to the official register, adilet.zan.kz.
 */
import { asDate, finding } from './finding.ts';
import type { Check, Finding } from './types.ts';

/** The official register of legal acts of the Republic of Kazakhstan. */
export const OFFICIAL_REGISTER = 'adilet.zan.kz';
/** Laws change every year; a review older than this may describe a repealed rule. */
export const REVIEW_VALID_MONTHS = 12;

function monthsBefore(date: Date, months: number): Date {
  const earlier = new Date(date);
  earlier.setUTCMonth(earlier.getUTCMonth() - months);
  return earlier;
}

function isOfficial(url: unknown): boolean {
  try {
    const { hostname } = new URL(String(url));
    return hostname === OFFICIAL_REGISTER || hostname.endsWith(`.${OFFICIAL_REGISTER}`);
  } catch {
    return false;
  }
}

export const checkLegal: Check = ({ lessons }, now) => {
  const findings: Finding[] = [];
  for (const lesson of lessons) {
    const review = lesson.data['review'] as { on?: unknown } | undefined;
    const reviewedOn = asDate(review?.on);
    if (!review) findings.push(finding(lesson, 1, 'warning', 'review-missing'));
    else if (reviewedOn && reviewedOn < monthsBefore(now, REVIEW_VALID_MONTHS)) {
      const date = reviewedOn.toISOString().slice(0, 10);
      findings.push(finding(lesson, lesson.lineOf(['review', 'on']), 'warning', 'review-outdated', { date }));
    }
    const sources = Array.isArray(lesson.data['legalBasis']) ? (lesson.data['legalBasis'] as { url?: unknown }[]) : [];
    sources.forEach((source, index) => {
      if (!isOfficial(source?.url)) {
        const line = lesson.lineOf(['legalBasis', index, 'url']);
        findings.push(finding(lesson, line, 'warning', 'legal-source-unofficial', { url: String(source?.url) }));
      }
    });
  }
  return findings;
};
