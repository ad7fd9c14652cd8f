/**
 * Every picture needs alt text that says what it shows (a screen reader reads it to a blind
 * student), and must stay light for cheap phones on mobile data.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { visit } from 'unist-util-visit';
import { finding, nodeLine } from './finding.ts';
import type { Check, Finding, LessonDoc } from './types.ts';

/** Heavier than this and a page takes seconds on a slow 3G phone. */
export const IMAGE_LIMIT_KB = 300;

const IMAGE_EXTENSION = /\.(png|jpe?g|gif|svg|webp|avif|bmp|tiff?)$/i;
/** Camera and screenshot names: IMG_1234, DSC0012, Screenshot 2026-01-02, Снимок экрана 5. */
const CAMERA_NAME = /^(img|dsc|dscn|pxl|image|photo|pic|screenshot|снимок|фото)[\s_-]*[\d-]+/i;
/** A slug-like token such as `cover-bullying` or `safe_way_2`: a file name, not a description. */
const SLUG_LIKE = /^[a-z0-9]+([_-][a-z0-9]+)+$/i;

/** True when the alt text is the file's name rather than words about the picture. */
export function isFileNameAlt(alt: string, src: string): boolean {
  const text = alt.trim();
  const stem = basename(src, extname(src));
  return IMAGE_EXTENSION.test(text) || CAMERA_NAME.test(text) || SLUG_LIKE.test(text) || text.toLowerCase() === stem.toLowerCase();
}

interface ImageUse {
  src: string;
  alt: string | undefined;
  line: number;
  /** Posters have no alt of their own: the player describes the video. */
  needsAlt: boolean;
}

/** Where an image path of a lesson points on disk; undefined for web addresses. */
function imagePath(root: string, lesson: LessonDoc, src: string): string | undefined {
  if (/^[a-z]+:\/\//i.test(src) || src.startsWith('data:')) return undefined;
  if (src.startsWith('/')) return join(root, 'public', src);
  return resolve(dirname(lesson.absolutePath), src);
}

function jsxAttribute(node: { attributes?: unknown[] }, name: string): string | undefined {
  for (const attribute of node.attributes ?? []) {
    const { type, name: attributeName, value } = attribute as { type: string; name?: string; value?: unknown };
    if (type === 'mdxJsxAttribute' && attributeName === name) return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

function imagesOf(lesson: LessonDoc): ImageUse[] {
  const uses: ImageUse[] = [];
  const cover = lesson.data['cover'] as { src?: unknown; alt?: unknown } | undefined;
  if (cover && typeof cover.src === 'string') {
    const alt = typeof cover.alt === 'string' ? cover.alt : undefined;
    uses.push({ src: cover.src, alt, line: lesson.lineOf(['cover', alt === undefined ? 'src' : 'alt']), needsAlt: true });
  }
  const poster = lesson.data['poster'];
  if (typeof poster === 'string') uses.push({ src: poster, alt: undefined, line: lesson.lineOf(['poster']), needsAlt: false });
  visit(lesson.body, (node) => {
    if (node.type === 'image') {
      uses.push({ src: node.url, alt: node.alt ?? undefined, line: nodeLine(lesson, node), needsAlt: true });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'img' || node.name === 'Image')) {
      const src = jsxAttribute(node, 'src');
      if (src) uses.push({ src, alt: jsxAttribute(node, 'alt'), line: nodeLine(lesson, node), needsAlt: true });
    }
  });
  return uses;
}

export const checkImages: Check = ({ root, lessons }) => {
  const findings: Finding[] = [];
  for (const lesson of lessons) {
    for (const { src, alt, line, needsAlt } of imagesOf(lesson)) {
      if (needsAlt && !alt?.trim()) findings.push(finding(lesson, line, 'error', 'image-alt-missing', { src }));
      else if (needsAlt && alt && isFileNameAlt(alt, src)) findings.push(finding(lesson, line, 'error', 'image-alt-file-name', { src, alt }));
      const path = imagePath(root, lesson, src);
      if (!path) continue;
      if (!existsSync(path)) {
        findings.push(finding(lesson, line, 'error', 'image-missing', { src }));
        continue;
      }
      const size = Math.round(statSync(path).size / 1024);
      if (size > IMAGE_LIMIT_KB) findings.push(finding(lesson, line, 'warning', 'image-too-large', { src, size, limit: IMAGE_LIMIT_KB }));
    }
  }
  return findings;
};
