import type { Logger } from './logger.js';

export interface PeriodicTask {
  /** Runs the task after `firstDelayMs`, then `intervalMs` after each run ends. */
  start(firstDelayMs: number): void;
  /** Stops the schedule and waits for a run under way. */
  stop(): Promise<void>;
}

/**
 * Runs `task` on a schedule, one run at a time: the next run is timed from the end of the previous one, so a
 * slow run never overlaps the next. A failed run is logged and the schedule goes on. The timer does not keep
 * the process alive.
 */
export function createPeriodicTask(
  name: string,
  task: () => Promise<unknown>,
  options: { intervalMs: number; logger: Logger },
): PeriodicTask {
  let timer: NodeJS.Timeout | null = null;
  let underWay: Promise<void> = Promise.resolve();
  let isStopped = false;

  function schedule(delayMs: number): void {
    if (isStopped) return;
    timer = setTimeout(() => {
      underWay = task().then(
        () => undefined,
        (error: unknown) => options.logger.error(`${name} failed`, { error: String(error) }),
      );
      void underWay.then(() => schedule(options.intervalMs));
    }, delayMs);
    timer.unref();
  }

  return {
    start: schedule,
    async stop() {
      isStopped = true;
      if (timer !== null) clearTimeout(timer);
      await underWay;
    },
  };
}
