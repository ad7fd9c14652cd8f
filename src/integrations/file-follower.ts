/**
 * Follows the files of a folder that another process is writing (Astro, its pages): each round
 * hands over the files that appeared or changed since the last one, by size and modification
 * time, and those that went away. A file changed less than `SETTLE_MS` ago waits for a later
 * round: it may be half written. Synchronous, for background jobs (background-job.ts), which have
 * nothing else to do meanwhile.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';

/** How long a file must stay unchanged before it is handed over while the folder is written. */
const SETTLE_MS = 200;

/** The pause between two rounds: each looks at every file, which costs more than the files it finds. */
const ROUND_MS = 1000;

interface Seen {
  size: number;
  mtimeMs: number;
}

export interface FollowedFiles {
  /** Whether a file of this path is to be followed at all. */
  wanted(file: string): boolean;
  /** A file appeared or changed; `size` is its size when it was looked at. */
  changed(file: string, size: number): void;
  /** A file handed over before went away. */
  gone(file: string): void;
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The files below `dir`; none while it does not exist yet. */
function filesIn(dir: string): string[] {
  try {
    const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  } catch (error) {
    if (missing(error)) return [];
    throw error;
  }
}

function statOf(file: string): Seen | undefined {
  try {
    const { size, mtimeMs } = statSync(file);
    return { size, mtimeMs };
  } catch (error) {
    if (missing(error)) return undefined;
    throw error;
  }
}

export class FileFollower {
  readonly #dir: string;
  readonly #files: FollowedFiles;
  readonly #seen = new Map<string, Seen>();

  constructor(dir: string, files: FollowedFiles) {
    this.#dir = dir;
    this.#files = files;
  }

  /** One look at the folder: hands over what changed and settled, and what went away. */
  round(settleMs: number): void {
    const now = Date.now();
    const present = new Set<string>();
    for (const file of filesIn(this.#dir)) {
      if (!this.#files.wanted(file)) continue;
      const seen = statOf(file);
      if (!seen) continue;
      present.add(file);
      const before = this.#seen.get(file);
      if (before?.size === seen.size && before.mtimeMs === seen.mtimeMs) continue;
      if (seen.mtimeMs > now - settleMs) continue;
      this.#files.changed(file, seen.size);
      this.#seen.set(file, seen);
    }
    for (const file of this.#seen.keys()) {
      if (present.has(file)) continue;
      this.#files.gone(file);
      this.#seen.delete(file);
    }
  }

  /**
   * Rounds while the folder is being written, a pause between them, until `done` is signalled
   * (which also ends a pause at once); then a last round that takes every file as it is.
   */
  async follow(done: AbortSignal): Promise<void> {
    while (!done.aborted) {
      this.round(SETTLE_MS);
      await setTimeout(ROUND_MS, undefined, { signal: done }).catch(() => undefined);
    }
    this.round(0);
  }
}
