/**
 * Work of a build that follows Astro's own: a child process at low priority that starts when the
 * build does and keeps up with the pages as they are written (file-follower.ts), then finishes
 * when asked. Rendering keeps one core busy; the job takes what the build leaves of the others,
 * and yields whenever the build wants them back.
 *
 * The parent calls `startJob(script, input)` and later `finish()`; the script calls `runJob(work)`.
 * A job whose parent goes away (a failed build) ends at once.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';

/** Low enough that the build's own threads always come first, high enough to run on an idle core. */
const BACKGROUND_PRIORITY = 10;

/** What a job sends back once: its result, or why it failed. */
type Outcome<Result> = { result: Result } | { error: string };

/** A message from the parent: the input to start with, then `finish`. */
type Order<Input> = { input: Input } | { finish: true };

export interface BackgroundJob<Result> {
  /** Tells the job that nothing more will be written; resolves with its result. */
  finish(): Promise<Result>;
}

/** The last lines a failed job printed, for the build's error. */
function tail(text: string): string {
  return text.trim().split('\n').slice(-20).join('\n');
}

/** Starts `script` (a module that calls runJob) in a child process at low priority. */
export function startJob<Input, Result>(script: URL, input: Input): BackgroundJob<Result> {
  const child: ChildProcess = fork(fileURLToPath(script), [], { stdio: ['ignore', 'inherit', 'pipe', 'ipc'], serialization: 'advanced' });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const outcome = new Promise<Result>((resolve, reject) => {
    child.once('message', (message: Outcome<Result>) => ('error' in message ? reject(new Error(message.error)) : resolve(message.result)));
    child.once('exit', (code, signal) => reject(new Error(`${script.pathname} stopped (${signal ?? `exit code ${code}`}) without a result:\n${tail(stderr)}`)));
    child.once('error', reject);
  });
  // Until finish() is awaited the job must not keep a failed build's process alive.
  outcome.catch(() => undefined);
  child.unref();
  child.channel?.unref();
  try {
    if (child.pid !== undefined) setPriority(child.pid, BACKGROUND_PRIORITY);
  } catch {
    // A system that refuses only costs the build some speed: the job still runs.
  }
  child.send({ input } satisfies Order<Input>);
  return {
    finish() {
      child.ref();
      child.channel?.ref();
      if (child.connected) child.send({ finish: true } satisfies Order<Input>);
      return outcome;
    },
  };
}

/**
 * The child's side: runs `work` with the parent's input and sends its result back.
 * `done` is signalled once the parent has called finish(): the work then makes its last round.
 */
export function runJob<Input, Result>(work: (input: Input, done: AbortSignal) => Promise<Result>): void {
  const finish = new AbortController();
  process.on('message', (order: Order<Input>) => {
    if ('finish' in order) {
      finish.abort();
      return;
    }
    work(order.input, finish.signal).then(
      (result) => process.send?.({ result } satisfies Outcome<Result>, () => process.disconnect()),
      (error: unknown) =>
        process.send?.({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Outcome<Result>, () => process.exit(1)),
    );
  });
  // The build ended or failed without asking for a result: nothing is waiting for this work.
  process.on('disconnect', () => process.exit(0));
}
