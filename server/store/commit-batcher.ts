import type { CommitRequest, CommitResult } from './store.js';

/** The most commits one transaction carries; a longer queue is flushed in several. */
export const MAX_COMMITS_PER_BATCH = 256;

/**
 * Group commit: commits requested while a transaction is being written wait for the next one, and are
 * written together, so durability costs one disk sync per batch instead of one per message. Each request
 * still gets its own compare-and-set inside the batch, in arrival order, and no promise resolves before its
 * batch is durable. If a batch fails as a whole, its requests are retried one transaction each, so one bad
 * request cannot fail its neighbours.
 */
export function createCommitBatcher(
  commitMany: (requests: readonly CommitRequest[]) => Promise<CommitResult[]>,
): (request: CommitRequest) => Promise<CommitResult> {
  let queue: { request: CommitRequest; settle: (outcome: Promise<CommitResult>) => void }[] = [];
  let isWriting = false;

  async function drain(): Promise<void> {
    isWriting = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_COMMITS_PER_BATCH);
      queue = queue.slice(batch.length);
      try {
        const results = await commitMany(batch.map((item) => item.request));
        batch.forEach((item, index) => item.settle(Promise.resolve(results[index] as CommitResult)));
      } catch {
        for (const item of batch) {
          const alone = commitMany([item.request]).then((results) => results[0] as CommitResult);
          item.settle(alone);
          await alone.catch(() => undefined);
        }
      }
    }
    isWriting = false;
  }

  return (request) =>
    new Promise<CommitResult>((resolve, reject) => {
      queue.push({ request, settle: (outcome) => outcome.then(resolve, reject) });
      // The first request of a quiet period starts a batch on the next turn of the event loop, so requests
      // made in the same turn share it; later ones join the queue while it is written.
      if (!isWriting && queue.length === 1) setImmediate(() => void drain());
    });
}
