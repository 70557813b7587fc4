import type { Logger } from '../logger.js';

/**
 * Wraps an idempotent task that reads the current state and announces it, so that a burst of calls runs it
 * at most twice: once now, and once more after the run under way, to catch what changed meanwhile. Failures
 * are logged, never thrown: the next call announces the state afresh.
 */
export function createCoalescedTask(task: () => Promise<void>, logger: Logger): () => void {
  let isRunning = false;
  let isRequested = false;

  async function runUntilCurrent(): Promise<void> {
    isRunning = true;
    while (isRequested) {
      isRequested = false;
      await task().catch((error: unknown) => logger.error('announcement failed', { error: String(error) }));
    }
    isRunning = false;
  }

  return () => {
    isRequested = true;
    if (!isRunning) void runUntilCurrent();
  };
}
