import { describe, expect, it } from 'vitest';
import { median, percentile } from './percentile.js';

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => 100 - index);

  it('picks the nearest-rank sample', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([3, 1, 2], 50)).toBe(2);
  });

  it('never interpolates between samples', () => {
    expect(percentile([1, 10], 50)).toBe(1);
    expect(percentile([1, 10], 51)).toBe(10);
  });

  it('sorts numerically, not as text', () => {
    expect(percentile([9, 10, 100, 2], 100)).toBe(100);
    expect(percentile([9, 10, 100, 2], 25)).toBe(2);
  });

  it('counts an undelivered message against the tail', () => {
    const latencies = [...Array.from({ length: 98 }, () => 1), Infinity, Infinity];
    expect(percentile(latencies, 99)).toBe(Infinity);
    expect(percentile(latencies, 98)).toBe(1);
  });

  it('answers NaN for no samples and refuses a percentile out of range', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('leaves the samples in their order', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('median', () => {
  it('takes the middle value of an odd count', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves out figures a run could not measure', () => {
    expect(median([Number.NaN, 2, 4])).toBe(3);
    expect(median([Number.NaN])).toBeNaN();
    expect(median([])).toBeNaN();
  });
});
