import type { Clock } from './ports.js';

/** A clock for tests: time stands still until `advance(ms)` moves it, firing the timers that fall due. */
export function createTestClock(start = 1_700_000_000_000): Clock & { advance(ms: number): void } {
  let now = start;
  let nextHandle = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const handle = nextHandle++;
      timers.set(handle, { at: now + ms, callback });
      return handle;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        let due: [number, { at: number; callback: () => void }] | undefined;
        for (const timer of timers)
          if (timer[1].at <= until && (due === undefined || timer[1].at < due[1].at)) due = timer;
        if (due === undefined) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },
  };
}
