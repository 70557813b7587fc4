import { describe, expect, it } from 'vitest';
import { MAX_RECONNECT_DELAY_MS, reconnectDelay } from './reconnect-delay.js';

describe('reconnectDelay', () => {
  it('doubles with each failed attempt, up to the cap', () => {
    expect([0, 1, 2, 3, 10].map((attempt) => reconnectDelay(attempt, 0.5))).toEqual([
      1_000, 2_000, 4_000, 5_000, 5_000,
    ]);
  });

  it('spreads each delay by half either way, never past the cap', () => {
    expect(reconnectDelay(0, 0)).toBe(500);
    expect(reconnectDelay(0, 0.999_999)).toBeCloseTo(1_500);
    expect(reconnectDelay(3, 0.999_999)).toBe(MAX_RECONNECT_DELAY_MS);
  });
});
