import { describe, expect, it } from 'vitest';
import { watchEventLoopStalls } from './event-loop-stalls.js';

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {number} ms Keeps this thread busy, so that its event loop cannot run meanwhile. */
function block(ms) {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('watchEventLoopStalls', () => {
  it('reports no stall before it has timed anything', () => {
    const stalls = watchEventLoopStalls();
    expect(stalls.longestMs()).toBe(0);
    stalls.stop();
  });

  it('reports a thread kept busy for 60 ms as standing still that long, less its sampling slack', async () => {
    const stalls = watchEventLoopStalls();
    await sleep(30);
    block(60);
    await sleep(30);
    // A busy machine only lengthens the stall; the 10 ms interval timed around it can shorten it by that much.
    expect(stalls.longestMs()).toBeGreaterThanOrEqual(50);
    stalls.stop();
  });

  it('forgets the stalls before a reset', async () => {
    const stalls = watchEventLoopStalls();
    await sleep(30);
    block(60);
    await sleep(30);
    stalls.reset();
    expect(stalls.longestMs()).toBe(0);
    stalls.stop();
  });
});
