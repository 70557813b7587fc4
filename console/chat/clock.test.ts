import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClock } from './clock.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('createClock', () => {
  it('ticks while something listens and stops when nothing does', () => {
    vi.useFakeTimers();
    let now = 0;
    const $now = createClock(5_000, () => now);
    const seen: number[] = [];
    const stop = $now.listen((value) => seen.push(value));
    now = 5_000;
    vi.advanceTimersByTime(5_000);
    now = 10_000;
    vi.advanceTimersByTime(5_000);
    expect(seen).toEqual([5_000, 10_000]);
    stop();
    vi.advanceTimersByTime(60_000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
