import { describe, expect, it } from 'vitest';
import { formatWaitTime } from './wait-time.js';

const MINUTE = 60_000;

describe('formatWaitTime', () => {
  it('says under a minute for a fresh wait', () => {
    expect(formatWaitTime(0, 59_000)).toBe('waiting under a minute');
  });

  it('counts whole minutes', () => {
    expect(formatWaitTime(0, 2 * MINUTE + 30_000)).toBe('waiting 2 min');
    expect(formatWaitTime(0, 59 * MINUTE)).toBe('waiting 59 min');
  });

  it('counts hours and minutes past an hour', () => {
    expect(formatWaitTime(0, 60 * MINUTE)).toBe('waiting 1 h');
    expect(formatWaitTime(0, 65 * MINUTE)).toBe('waiting 1 h 5 min');
  });

  it('counts days and hours past a day', () => {
    expect(formatWaitTime(0, 24 * 60 * MINUTE)).toBe('waiting 1 d');
    expect(formatWaitTime(0, 27 * 60 * MINUTE)).toBe('waiting 1 d 3 h');
  });

  it('treats a start in the future as no wait at all', () => {
    expect(formatWaitTime(10_000, 0)).toBe('waiting under a minute');
  });
});
