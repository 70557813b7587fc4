import { describe, expect, it } from 'vitest';
import { DEFAULT_WEBHOOK_POLICY, retryDelayMs } from './webhook-policy.js';

const policy = { ...DEFAULT_WEBHOOK_POLICY, baseDelayMs: 1000, maxDelayMs: 10_000 };

describe('retryDelayMs', () => {
  it('doubles the delay after each failed attempt', () => {
    const highest = [1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, policy, () => 0.999_999));
    expect(highest).toEqual([1000, 2000, 4000, 8000]);
  });

  it('takes a random part of up to half the delay off', () => {
    expect(retryDelayMs(3, policy, () => 0)).toBe(2000);
    expect(retryDelayMs(3, policy, () => 0.5)).toBe(3000);
  });

  it('never waits longer than the cap', () => {
    expect(retryDelayMs(30, policy, () => 0.999_999)).toBe(10_000);
    expect(retryDelayMs(30, policy, () => 0)).toBe(5000);
  });

  it('spreads the default policy’s ten attempts over a few hours', () => {
    const total = Array.from({ length: DEFAULT_WEBHOOK_POLICY.maxAttempts - 1 }, (_, index) =>
      retryDelayMs(index + 1, DEFAULT_WEBHOOK_POLICY, () => 0.999_999),
    ).reduce((sum, delay) => sum + delay, 0);
    expect(total / 3_600_000).toBeGreaterThan(3);
    expect(total / 3_600_000).toBeLessThan(5);
  });
});
