import { describe, expect, it } from 'vitest';
import { parseWidgetTimingOptions, UsageError } from './widget-timing-options.js';

describe('parseWidgetTimingOptions', () => {
  it('times ten loads on a CPU four times slower by default', () => {
    expect(parseWidgetTimingOptions([])).toEqual({ runs: 10, throttle: 4 });
  });

  it('reads the runs and the throttling rate in either order', () => {
    expect(parseWidgetTimingOptions(['--throttle', '6', '--runs', '3'])).toEqual({ runs: 3, throttle: 6 });
    expect(parseWidgetTimingOptions(['--throttle', '1.5'])).toMatchObject({ throttle: 1.5 });
  });

  it('refuses unknown flags and unusable values', () => {
    expect(() => parseWidgetTimingOptions(['--quick'])).toThrow(UsageError);
    expect(() => parseWidgetTimingOptions(['--runs'])).toThrow(UsageError);
    expect(() => parseWidgetTimingOptions(['--runs', '0'])).toThrow(UsageError);
    expect(() => parseWidgetTimingOptions(['--runs', '51'])).toThrow(UsageError);
    expect(() => parseWidgetTimingOptions(['--throttle', '0.5'])).toThrow(UsageError);
    expect(() => parseWidgetTimingOptions(['--throttle', 'fast'])).toThrow(UsageError);
  });
});
