import { atom, onMount, type ReadableAtom } from 'nanostores';

/**
 * The current time in ms since the Unix epoch, refreshed every `intervalMs` while anything listens, so wait
 * times tick live without a timer per row.
 */
export function createClock(intervalMs: number, now: () => number = Date.now): ReadableAtom<number> {
  const $now = atom(now());
  onMount($now, () => {
    $now.set(now());
    const timer = setInterval(() => $now.set(now()), intervalMs);
    return () => clearInterval(timer);
  });
  return $now;
}
