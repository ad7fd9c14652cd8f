/**
 * Reads content/ as the content check sees it: every lesson's front matter (with the line of each
 * field) and its MDX body as mdast (with lines), plus the topic and region ids that pages exist for.
 * It does not apply the schema: the build does that, and the check must still run on a file the
 * schema would reject, to say more about it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { isLang } from '../langs.ts';
import { LESSON_KINDS, type LessonKind } from '../lessons.ts';
import { dataIds } from '../data-files.ts';
import { FRONT_MATTER, entryId, mdxFiles } from '../lesson-files.ts';
import { errorLine, parseMdx } from './mdx.ts';
import type { ContentSet, DataItem, LessonDoc } from './types.ts';

/**
 * Where a field starts in the YAML text: its key when it is a key of a map (so `captions:` points at
 * its own line, not its first item), else the node itself, else its nearest present parent.
 */
function fieldOffset(document: Document, path: readonly (string | number)[]): number | undefined {
  if (path.length === 0) return undefined;
  const last = path[path.length - 1];
  const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
    if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
  }
  const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range?.[0] ?? fieldOffset(document, path.slice(0, -1));
}

/** Reads one lesson file; `root` is the project root. */
export function loadLesson(root: string, kind: LessonKind, absolutePath: string): LessonDoc {
  const source = readFileSync(absolutePath, 'utf8');
  const match = FRONT_MATTER.exec(source);
  const yamlText = match?.[1] ?? '';
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  const parsed: unknown = document.toJS();
  const data = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  const pathInKind = relative(join(root, 'content', kind), absolutePath)
    .split(sep)
    .join('/');
  const id = entryId(pathInKind, data);
  const slash = id.indexOf('/');
  const langFolder = pathInKind.split('/')[0] ?? '';
  const bodyLine = match ? match[0].split('\n').length + (match[2] ? 0 : 1) : 1;
  const body = source.slice(match?.[0].length ?? 0);
  let tree: LessonDoc['body'] = { type: 'root', children: [] };
  let parseError: LessonDoc['parseError'];
  try {
    tree = parseMdx(body);
  } catch (error) {
    parseError = { line: bodyLine + errorLine(error) - 1, message: (error as Error).message };
  }
  return {
    file: relative(root, absolutePath).split(sep).join('/'),
    absolutePath,
    kind,
    lang: isLang(langFolder) ? langFolder : 'kk',
    slug: slash > 0 ? id.slice(slash + 1) : id,
    data,
    // Front matter starts on line 2 of the file, after the opening `---`.
    lineOf: (path) => {
      const offset = fieldOffset(document, path);
      return offset === undefined ? 1 : lineCounter.linePos(offset).line + 1;
    },
    body: tree,
    bodyLine,
    parseError,
    source,
  };
}

/** The entries of a data file that is a YAML list of `{ id, … }`, each able to say its lines. */
export function loadDataItems(root: string, name: string): DataItem[] | undefined {
  const path = join(root, 'content', 'data', name);
  if (!existsSync(path)) return undefined;
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  if (!isSeq(document.contents)) return [];
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  return document.contents.items.map((node, index) => {
    const parsed: unknown = (node as { toJSON?: () => unknown }).toJSON?.();
    const data = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    const start = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
    return {
      id: String(data['id']),
      data,
      lineOf: (field: readonly (string | number)[]) => {
        const offset = fieldOffset(document, [index, ...field]);
        return lineAt(offset ?? start);
      },
    };
  });
}

/** Everything below `root`/content that the checks need. */
export function loadContent(root: string): ContentSet {
  const lessons = LESSON_KINDS.flatMap((kind) =>
    mdxFiles(join(root, 'content', kind))
      .sort()
      .map((path) => loadLesson(root, kind, path)),
  );
  const mciYears = existsSync(join(root, 'content', 'data', 'mci.yaml')) ? dataIds(root, 'mci.yaml').map(Number) : undefined;
  return {
    root,
    lessons,
    topics: dataIds(root, 'topics.yaml'),
    regions: dataIds(root, 'regions.yaml'),
    mciYears,
    legalFacts: loadDataItems(root, 'legal-facts.yaml'),
    channels: loadDataItems(root, 'channels.yaml'),
  };
}
