/** Small helpers every check shares. */
import { isPublished } from '../lessons.ts';
import type { Finding, FindingCode, LessonDoc, Severity } from './types.ts';

export function finding(lesson: Pick<LessonDoc, 'file'>, line: number, severity: Severity, code: FindingCode, params: Finding['params'] = {}): Finding {
  return { file: lesson.file, line, severity, code, params };
}

/** The file line of an mdast node of the body. */
export function nodeLine(lesson: LessonDoc, node: { position?: { start: { line: number } } | undefined }): number {
  return lesson.bodyLine + (node.position?.start.line ?? 1) - 1;
}

/** A front-matter date as YAML gives it (a Date, or a string when quoted), if it is one. */
export function asDate(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** Whether the production build shows the lesson now (the rule of src/lib/lessons.ts). */
export function isLive(lesson: LessonDoc, now: Date): boolean {
  const publishedAt = asDate(lesson.data['publishedAt']);
  return publishedAt !== undefined && isPublished({ draft: lesson.data['draft'] === true, publishedAt }, now);
}
