import { describe, expect, it } from 'vitest';
import { watchEventLoopStalls } from './event-loop-stalls.js';

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps this thread busy for `ms`, so that its event loop cannot run meanwhile, with time before and after
 * for the watch to time the intervals around it.
 * @param {number} ms
 */
async function standStill(ms) {
  await sleep(30);
  const until = performance.now() + ms;
  while (performance.now() < until);
  await sleep(30);
}

describe('watchEventLoopStalls', () => {
  it('reports no stall before it has timed anything', () => {
    const stalls = watchEventLoopStalls();
    expect(stalls.longestMs()).toBe(0);
    stalls.stop();
  });

  it('reports a thread kept busy for 60 ms as standing still that long, less its sampling slack', async () => {
    const stalls = watchEventLoopStalls();
    await standStill(60);
    // A busy machine only lengthens the stall; taking off the 10 ms sampling interval can shorten it that much.
    expect(stalls.longestMs()).toBeGreaterThanOrEqual(50);
    stalls.stop();
  });

  it('forgets the stalls before a reset', async () => {
    const stalls = watchEventLoopStalls();
    await standStill(60);
    stalls.reset();
    expect(stalls.longestMs()).toBe(0);
    stalls.stop();
  });
});
