/**
 * How long a thread stood still at most: Node's event-loop delay histogram times the intervals of a 10 ms
 * timer on the thread, so an interval's length less those 10 ms is how long the thread could not run it.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const RESOLUTION_MS = 10;

/**
 * @typedef {object} StallWatch
 * @property {() => number} longestMs The longest stall since the watch began or was last reset, in ms.
 * @property {() => void} reset
 * @property {() => void} stop
 */

/**
 * Starts watching this thread's event loop.
 * @returns {StallWatch}
 */
export function watchEventLoopStalls() {
  const delays = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delays.enable();
  return {
    longestMs: () => (delays.count === 0 ? 0 : Math.max(0, delays.max / 1e6 - RESOLUTION_MS)),
    reset: () => delays.reset(),
    stop: () => delays.disable(),
  };
}
