/**
 * Runs jobs one at a time, in the order they were asked for; a failed job does not stop the
 * next. Shared by the jobs that write or rewrite the copies in backups/ (a periodic snapshot,
 * an erasure scrubbing them), so a snapshot is never taken from a store an erasure has not yet
 * folded and written, nor written after the erasure has looked for every copy.
 */
export function oneAtATime(): <T>(run: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(run: () => Promise<T>): Promise<T> => {
    const next = tail.then(run, run);
    tail = next.catch(() => undefined);
    return next;
  };
}
export type OneAtATime = ReturnType<typeof oneAtATime>;
