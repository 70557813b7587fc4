/**
 * The widget-timing benchmark's flags: how many page loads to time (`--runs N`), and how much slower than
 * this machine the emulated device's CPU is (`--throttle R`, DevTools' CPU throttling rate; 4 is the
 * Performance panel's "mid-tier mobile" preset, and the issue's mid-range page).
 */

/**
 * @typedef {object} WidgetTimingOptions
 * @property {number} runs
 * @property {number} throttle
 */

/** @type {WidgetTimingOptions} */
const DEFAULTS = { runs: 10, throttle: 4 };
const MAX_RUNS = 50;
const MAX_THROTTLE = 20;

export const USAGE = 'usage: node scripts/bench/widget-timing.js [--runs N] [--throttle R]';

/** A flag that is unknown or has an unusable value. */
export class UsageError extends Error {}

/**
 * @param {readonly string[]} args The arguments after the script's name.
 * @returns {WidgetTimingOptions}
 */
export function parseWidgetTimingOptions(args) {
  const options = { ...DEFAULTS };
  for (let index = 0; index < args.length; index++) {
    const flag = args[index];
    const raw = args[++index];
    const value = Number(raw);
    if (flag === '--runs') {
      if (raw === undefined || !Number.isSafeInteger(value) || value < 1 || value > MAX_RUNS) {
        throw new UsageError(`--runs needs a whole number from 1 to ${MAX_RUNS}, not ${raw ?? 'nothing'}.`);
      }
      options.runs = value;
    } else if (flag === '--throttle') {
      if (raw === undefined || !(value >= 1 && value <= MAX_THROTTLE)) {
        throw new UsageError(`--throttle needs a rate from 1 to ${MAX_THROTTLE}, not ${raw ?? 'nothing'}.`);
      }
      options.throttle = value;
    } else {
      throw new UsageError(`Unknown flag ${flag}.`);
    }
  }
  return options;
}
