import { describe, expect, it } from 'vitest';
import { estimateWaitMs } from './queue-estimate.js';

const MINUTE = 60_000;

describe('estimateWaitMs', () => {
  it('gives the median recent wait for each place up to the visitor’s, shared by the agents online', () => {
    const waits = [1 * MINUTE, 2 * MINUTE, 9 * MINUTE];
    expect(estimateWaitMs(waits, 1, 1)).toBe(2 * MINUTE);
    expect(estimateWaitMs(waits, 3, 1)).toBe(6 * MINUTE);
    expect(estimateWaitMs(waits, 3, 2)).toBe(3 * MINUTE);
  });

  it('takes the middle of an even number of waits', () => {
    expect(estimateWaitMs([MINUTE, MINUTE, 3 * MINUTE, 5 * MINUTE], 1, 1)).toBe(2 * MINUTE);
  });

  it('gives no estimate from too few waits, or with nobody online', () => {
    expect(estimateWaitMs([MINUTE, MINUTE], 1, 1)).toBeNull();
    expect(estimateWaitMs([MINUTE, MINUTE, MINUTE], 1, 0)).toBeNull();
  });
});
