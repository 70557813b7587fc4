/**
 * The benchmark's command-line flags: the default run (about two minutes), `--quick` (a smoke run of
 * under a minute, with shorter windows and fewer visitors, whose figures are rougher), and `--runs N`,
 * which repeats the whole benchmark and reports the median of each figure.
 */

/**
 * @typedef {object} BenchOptions
 * @property {boolean} isQuick
 * @property {number} runs
 * @property {number} pairs Visitor and agent pairs for the throughput and latency figures.
 * @property {number} saturationWarmupMs
 * @property {number} saturationWindowMs
 * @property {number} rate Messages per second for the latency figure.
 * @property {number} rateWarmupMs
 * @property {number} rateDurationMs
 * @property {number[]} idleCounts Idle visitors to read the RSS at, increasing.
 * @property {number} handoffConversations
 */

/** @type {Omit<BenchOptions, 'isQuick' | 'runs'>} */
const FULL = {
  pairs: 200,
  saturationWarmupMs: 3000,
  saturationWindowMs: 10_000,
  rate: 1000,
  rateWarmupMs: 2000,
  rateDurationMs: 10_000,
  idleCounts: [1000, 5000],
  handoffConversations: 1000,
};

/** @type {Omit<BenchOptions, 'isQuick' | 'runs'>} */
const QUICK = {
  ...FULL,
  saturationWarmupMs: 1000,
  saturationWindowMs: 3000,
  rateWarmupMs: 1000,
  rateDurationMs: 5000,
  idleCounts: [500, 1000],
  handoffConversations: 200,
};

/** The most runs one invocation may ask for, so a typo cannot keep the machine busy for hours. */
const MAX_RUNS = 10;

export const USAGE = 'usage: node scripts/bench/run.js [--quick] [--runs N]';

/** A flag that is unknown or has an unusable value. */
export class UsageError extends Error {}

/**
 * @param {readonly string[]} args The arguments after the script's name.
 * @returns {BenchOptions}
 */
export function parseBenchOptions(args) {
  let isQuick = false;
  let runs = 1;
  for (let index = 0; index < args.length; index++) {
    const flag = args[index];
    if (flag === '--quick') {
      isQuick = true;
    } else if (flag === '--runs') {
      const raw = args[++index];
      runs = Number(raw);
      if (raw === undefined || !Number.isSafeInteger(runs) || runs < 1 || runs > MAX_RUNS) {
        throw new UsageError(`--runs needs a whole number from 1 to ${MAX_RUNS}, not ${raw ?? 'nothing'}.`);
      }
    } else {
      throw new UsageError(`Unknown flag ${flag}.`);
    }
  }
  return { ...(isQuick ? QUICK : FULL), isQuick, runs };
}
