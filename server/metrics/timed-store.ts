import type { Histogram } from 'prom-client';
import type { Store } from '../store/store.js';

/**
 * `store`, with every commit timed into `appendDuration`: the latency of a durable append as the relay
 * sees it, waiting for its group commit included.
 */
export function timeCommits(store: Store, appendDuration: Histogram): Store {
  return {
    ...store,
    async commit(request) {
      const stop = appendDuration.startTimer();
      try {
        return await store.commit(request);
      } finally {
        stop();
      }
    },
  };
}
