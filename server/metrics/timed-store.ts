import type { Histogram } from 'prom-client';
import type { Store } from '../store/store.js';

/**
 * `store`, with every commit timed into `appendDuration` by outcome: the latency of a durable append as
 * the relay sees it, group commit included.
 */
export function timeCommits(store: Store, appendDuration: Histogram<'outcome'>): Store {
  return {
    ...store,
    async commit(request) {
      const stop = appendDuration.startTimer();
      try {
        const result = await store.commit(request);
        stop({ outcome: result.status });
        return result;
      } catch (error) {
        stop({ outcome: 'error' });
        throw error;
      }
    },
  };
}
