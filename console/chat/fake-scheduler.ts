import type { Scheduler } from './ports.js';

/** A scheduler for tests: time moves only when `advance` is called, firing the timers that fall due. */
export function createFakeScheduler(start = 0): Scheduler & { advance(ms: number): void } {
  let now = start;
  let timers: Array<{ at: number; callback: () => void }> = [];
  return {
    now: () => now,
    after(ms, callback) {
      const timer = { at: now + ms, callback };
      timers.push(timer);
      return () => {
        timers = timers.filter((held) => held !== timer);
      };
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= end).toSorted((a, b) => a.at - b.at)[0];
        if (due === undefined) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.callback();
      }
      now = end;
    },
  };
}
