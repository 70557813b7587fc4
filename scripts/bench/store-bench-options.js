/**
 * The store benchmark's flags: which engines to measure (`--engine sqlite|postgres|both`; SQLite alone by
 * default, as the relay runs with no configuration) and how many times (`--runs N`, medians printed).
 */

/** @typedef {'sqlite' | 'postgres'} Engine */

/**
 * @typedef {object} StoreBenchOptions
 * @property {Engine[]} engines
 * @property {number} runs
 * @property {number} conversations Conversations with one commit in flight each, as in `npm run bench`.
 * @property {number} warmupMs
 * @property {number} windowMs
 */

/** The same load and windows as the relay benchmark's saturation figure, so the two can be compared. */
const DEFAULTS = { conversations: 200, warmupMs: 3000, windowMs: 10_000 };
const MAX_RUNS = 10;
/** @type {Record<string, Engine[]>} */
const ENGINES = { sqlite: ['sqlite'], postgres: ['postgres'], both: ['sqlite', 'postgres'] };

export const USAGE = 'usage: node scripts/bench/store-commits.js [--engine sqlite|postgres|both] [--runs N]';

/** A flag that is unknown or has an unusable value. */
export class UsageError extends Error {}

/**
 * @param {readonly string[]} args The arguments after the script's name.
 * @returns {StoreBenchOptions}
 */
export function parseStoreBenchOptions(args) {
  /** @type {StoreBenchOptions} */
  const options = { ...DEFAULTS, engines: ['sqlite'], runs: 1 };
  for (let index = 0; index < args.length; index++) {
    const flag = args[index];
    const raw = args[++index];
    if (flag === '--engine') {
      // hasOwn, so that `--engine constructor` is refused and not read off the prototype.
      const engines = raw !== undefined && Object.hasOwn(ENGINES, raw) ? ENGINES[raw] : undefined;
      if (engines === undefined) {
        throw new UsageError(`--engine needs sqlite, postgres or both, not ${raw ?? 'nothing'}.`);
      }
      options.engines = engines;
    } else if (flag === '--runs') {
      const runs = Number(raw);
      if (raw === undefined || !Number.isSafeInteger(runs) || runs < 1 || runs > MAX_RUNS) {
        throw new UsageError(`--runs needs a whole number from 1 to ${MAX_RUNS}, not ${raw ?? 'nothing'}.`);
      }
      options.runs = runs;
    } else {
      throw new UsageError(`Unknown flag ${flag}.`);
    }
  }
  return options;
}
