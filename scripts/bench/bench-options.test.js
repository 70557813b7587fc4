import { describe, expect, it } from 'vitest';
import { parseBenchOptions, UsageError } from './bench-options.js';

describe('parseBenchOptions', () => {
  it('runs the full benchmark once by default, at the figures the issue names', () => {
    const options = parseBenchOptions([]);
    expect(options).toMatchObject({ isQuick: false, runs: 1, rate: 1000, handoffConversations: 1000 });
    expect(options.idleCounts).toEqual([1000, 5000]);
  });

  it('shortens the windows and the counts for a quick run', () => {
    const full = parseBenchOptions([]);
    const quick = parseBenchOptions(['--quick']);
    expect(quick.isQuick).toBe(true);
    expect(quick.saturationWindowMs).toBeLessThan(full.saturationWindowMs);
    expect(quick.rateDurationMs).toBeGreaterThanOrEqual(5000);
    expect(quick.rate).toBe(full.rate);
  });

  it('reads the number of runs in either order', () => {
    expect(parseBenchOptions(['--runs', '3', '--quick'])).toMatchObject({ runs: 3, isQuick: true });
  });

  it('refuses unknown flags and unusable run counts', () => {
    expect(() => parseBenchOptions(['--fast'])).toThrow(UsageError);
    expect(() => parseBenchOptions(['--runs'])).toThrow(UsageError);
    expect(() => parseBenchOptions(['--runs', '0'])).toThrow(UsageError);
    expect(() => parseBenchOptions(['--runs', '2.5'])).toThrow(UsageError);
    expect(() => parseBenchOptions(['--runs', '11'])).toThrow(UsageError);
  });
});
