/** The shapes the content check works on: lessons as read from disk, and what a check finds. */
import type { Root } from 'mdast';
import type { Lang } from '../langs.ts';
import type { LessonKind } from '../lessons.ts';

export type Severity = 'error' | 'warning';

/**
 * One problem in one file. `code` names the rule (stable, English, for tools); `params` fill the
 * editor-facing message of that rule in messages.ts.
 */
export interface Finding {
  /** Path from the project root, e.g. content/articles/kk/bullying-law-fines.mdx. */
  file: string;
  /** 1-based line where the problem is; 1 when it concerns the whole file. */
  line: number;
  severity: Severity;
  code: FindingCode;
  params: Record<string, string | number>;
}

export type FindingCode =
  | 'translation-missing'
  | 'translation-key-duplicate'
  | 'slug-duplicate'
  | 'image-alt-missing'
  | 'image-alt-file-name'
  | 'image-too-large'
  | 'image-missing'
  | 'captions-missing-lang'
  | 'captions-invalid'
  | 'captions-file-missing'
  | 'link-broken'
  | 'link-unpublished'
  | 'anchor-broken'
  | 'sentence-too-long'
  | 'word-too-long'
  | 'review-missing'
  | 'review-outdated'
  | 'legal-source-unofficial'
  | 'webinar-no-outcome'
  | 'todo-left'
  | 'mdx-invalid'
  | 'mci-year-missing'
  | 'component-unknown'
  | 'mci-invalid'
  | 'fact-unknown'
  | 'fact-invalid'
  | 'fact-not-in-force'
  | 'fact-outdated'
  | 'fact-changed-since-review'
  | 'channel-unconfirmed'
  | 'channel-outdated'
  | 'channel-checked-future'
  | 'sample-lesson'
  | 'sample-channel'
  | 'link-sample'
  | 'keyword-invalid'
  | 'keyword-misspelling-covered'
  | 'keyword-repeated'
  | 'keywords-too-many';

/** A lesson file: its front matter, its body as mdast, and where each part sits in the file. */
export interface LessonDoc {
  /** Path from the project root, e.g. content/videos/ru/safe-way-video.mdx. */
  file: string;
  /** Absolute path on disk, to resolve relative image paths. */
  absolutePath: string;
  kind: LessonKind;
  lang: Lang;
  /** The URL slug, as Astro's glob loader derives it. */
  slug: string;
  /** The front matter as parsed; the schema has not necessarily accepted it. */
  data: Record<string, unknown>;
  /** The file line of a front-matter field, e.g. ['cover', 'alt']; line 1 when absent. */
  lineOf: (path: readonly (string | number)[]) => number;
  /** The MDX body; positions are relative to the body. */
  body: Root;
  /** File line of the body's first line. */
  bodyLine: number;
  /** Set when the body is not valid MDX; `body` is then empty. */
  parseError?: { line: number; message: string } | undefined;
  /** The whole file as written. */
  source: string;
}

/** Everything the checks look at. */
export interface ContentSet {
  /** Absolute path of the project root (the folder that holds content/). */
  root: string;
  lessons: LessonDoc[];
  /** Topic ids from content/data/topics.yaml. */
  topics: string[];
  /** Region ids from content/data/regions.yaml. */
  regions: string[];
  /** Years that content/data/mci.yaml gives the MCI for; undefined when the file is absent. */
  mciYears?: number[] | undefined;
  /** The entries of content/data/legal-facts.yaml; undefined when the file is absent. */
  legalFacts?: DataItem[] | undefined;
  /** The entries of content/data/channels.yaml; undefined when the file is absent. */
  channels?: DataItem[] | undefined;
}

/** One entry of a YAML data file (a list of `{ id, … }`), with the line it starts on. */
export interface DataItem {
  id: string;
  /** The entry as parsed; the schema has not necessarily accepted it. */
  data: Record<string, unknown>;
  /** The file line of a field of this entry, e.g. ['checked', 'on']; the entry's line when absent. */
  lineOf: (path: readonly (string | number)[]) => number;
}

/** A check reads the whole set, so cross-file rules (translations, links) fit the same shape. */
export type Check = (content: ContentSet, now: Date) => Finding[];
