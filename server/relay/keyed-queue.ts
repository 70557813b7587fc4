/**
 * Runs tasks one at a time per key, in the order they were queued, and tasks of different keys freely.
 * The relay queues each conversation's commands here so that, within one process, they reach the store's
 * compare-and-set one after another instead of all at the same version, where all but one would lose and
 * retry, and a busy conversation could exhaust its retries. Across processes the compare-and-set still
 * decides.
 */
export function createKeyedQueue(): <Result>(key: string, task: () => Promise<Result>) => Promise<Result> {
  const tails = new Map<string, Promise<void>>();
  return (key, task) => {
    const result = (tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
