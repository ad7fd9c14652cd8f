/**
 * A video needs captions in its own language (deaf students, and students watching without sound
 * in class), and a caption file a browser cannot parse shows nothing at all. Validation is the W3C
 * WebVTT validator's parser (webvtt-parser), which reports each error with its line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import webvtt from 'webvtt-parser';
import { finding } from './finding.ts';
import type { Check, Finding } from './types.ts';

/** The first problem of a WebVTT text, or undefined when it is valid and has at least one cue. */
export function webvttProblem(text: string): { line: number; detail: string } | undefined {
  const { errors, cues } = new webvtt.WebVTTParser().parse(text, 'subtitles');
  const first = errors[0];
  if (first) return { line: first.line, detail: first.message };
  return cues.length === 0 ? { line: 1, detail: 'no cues' } : undefined;
}

export const checkCaptions: Check = ({ root, lessons }) => {
  const findings: Finding[] = [];
  for (const lesson of lessons.filter((lesson) => lesson.kind === 'videos')) {
    const captions = Array.isArray(lesson.data['captions']) ? (lesson.data['captions'] as { lang?: unknown; file?: unknown }[]) : [];
    if (!captions.some((caption) => caption?.lang === lesson.lang)) {
      findings.push(finding(lesson, lesson.lineOf(['captions']), 'error', 'captions-missing-lang', { lang: lesson.lang }));
    }
    captions.forEach((caption, index) => {
      if (typeof caption?.file !== 'string') return;
      const line = lesson.lineOf(['captions', index, 'file']);
      const path = join(root, 'content', 'media', caption.file);
      if (!existsSync(path)) {
        findings.push(finding(lesson, line, 'error', 'captions-file-missing', { caption: caption.file }));
        return;
      }
      const problem = webvttProblem(readFileSync(path, 'utf8'));
      if (problem) {
        findings.push(finding(lesson, line, 'error', 'captions-invalid', { caption: caption.file, vttLine: problem.line, detail: problem.detail }));
      }
    });
  }
  return findings;
};
