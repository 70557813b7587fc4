import { describe, expect, it } from 'vitest';
import { forEachConcurrently } from './concurrently.js';

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('forEachConcurrently', () => {
  it('runs every index once with no more than the limit under way', async () => {
    /** @type {number[]} */
    const seen = [];
    let underWay = 0;
    let most = 0;
    await forEachConcurrently(10, 3, async (index) => {
      underWay++;
      most = Math.max(most, underWay);
      await sleep(1);
      seen.push(index);
      underWay--;
    });
    expect(seen.toSorted((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(3);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    /** @type {number[]} */
    const started = [];
    const run = forEachConcurrently(10, 2, async (index) => {
      started.push(index);
      await sleep(1);
      if (index === 1) throw new Error('one failed');
    });
    await expect(run).rejects.toThrow('one failed');
    expect(started.length).toBeLessThan(10);
  });

  it('does nothing for no tasks', async () => {
    await expect(forEachConcurrently(0, 5, () => Promise.reject(new Error('ran')))).resolves.toBeUndefined();
  });
});
