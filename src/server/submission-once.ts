/**
 * Does a form's work once per submission key where the work has no transaction of its own to
 * claim the key in (erasing a case, the inbox's actions): the key is claimed first and given back
 * when the work did nothing or failed, so a corrected or retried post still goes through.
 */
import { SUBMISSION_KEY_LIFETIME_MS, submissionKeyHash } from './help/submission-key.ts';
import type { SubmissionKeys } from './store/submission-keys.ts';

export type Once<T> = { duplicate: true } | { duplicate: false; result: T };

/**
 * Runs `work` unless `submissionKey` was used already. `done` says whether a result used the
 * key up; without a key, `work` simply runs.
 */
export async function doOnce<T>(
  keys: SubmissionKeys,
  submissionKey: string | undefined,
  work: () => Promise<T>,
  done: (result: T) => boolean,
): Promise<Once<T>> {
  const keyHash = submissionKey && submissionKeyHash(submissionKey);
  if (keyHash && !(await keys.claim(keyHash, new Date(Date.now() + SUBMISSION_KEY_LIFETIME_MS)))) return { duplicate: true };
  try {
    const result = await work();
    if (keyHash && !done(result)) await keys.release(keyHash);
    return { duplicate: false, result };
  } catch (error) {
    if (keyHash) await keys.release(keyHash).catch(() => {});
    throw error;
  }
}
