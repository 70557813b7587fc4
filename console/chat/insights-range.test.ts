import { describe, expect, it } from 'vitest';
import { addDays, defaultRange, todayIn } from './insights-range.js';

const LATE_ON_MARCH_10_UTC = Date.UTC(2026, 2, 10, 23, 30);

describe('insights range', () => {
  it('knows which day it is in a time zone', () => {
    expect(todayIn('UTC', LATE_ON_MARCH_10_UTC)).toBe('2026-03-10');
    expect(todayIn('Asia/Tokyo', LATE_ON_MARCH_10_UTC)).toBe('2026-03-11');
  });

  it('adds days across months', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('defaults to the last seven days, today included', () => {
    expect(defaultRange('Asia/Tokyo', LATE_ON_MARCH_10_UTC)).toEqual({
      from: '2026-03-05',
      to: '2026-03-11',
    });
  });
});
