import { describe, expect, it } from 'vitest';
import { parseStoreBenchOptions, UsageError } from './store-bench-options.js';

describe('parseStoreBenchOptions', () => {
  it('measures SQLite once, with the relay benchmark’s load and windows, by default', () => {
    expect(parseStoreBenchOptions([])).toEqual({
      engines: ['sqlite'],
      runs: 1,
      conversations: 200,
      warmupMs: 3000,
      windowMs: 10_000,
    });
  });

  it('reads the engines and the runs in either order', () => {
    expect(parseStoreBenchOptions(['--runs', '3', '--engine', 'both'])).toMatchObject({
      engines: ['sqlite', 'postgres'],
      runs: 3,
    });
    expect(parseStoreBenchOptions(['--engine', 'postgres'])).toMatchObject({ engines: ['postgres'] });
  });

  it('refuses unknown flags and unusable values', () => {
    expect(() => parseStoreBenchOptions(['--quick'])).toThrow(UsageError);
    expect(() => parseStoreBenchOptions(['--engine'])).toThrow(UsageError);
    expect(() => parseStoreBenchOptions(['--engine', 'mysql'])).toThrow(UsageError);
    expect(() => parseStoreBenchOptions(['--engine', 'constructor'])).toThrow(UsageError);
    expect(() => parseStoreBenchOptions(['--runs', '0'])).toThrow(UsageError);
    expect(() => parseStoreBenchOptions(['--runs', '11'])).toThrow(UsageError);
    expect(() => parseStoreBenchOptions(['--runs', 'many'])).toThrow(UsageError);
  });
});
