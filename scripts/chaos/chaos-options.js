/**
 * The chaos run's command-line flags. The defaults finish in under two minutes; `--short` is the version
 * `npm test` runs; every other flag raises or lowers one dial.
 */

/**
 * @typedef {object} ChaosOptions
 * @property {number} visitors Simulated visitors, each with their own widget connection.
 * @property {number} agents Simulated agents, each with their own console connection.
 * @property {number} durationSeconds How long visitors and agents talk while faults are injected.
 * @property {number} nodes Relay processes: 1 on SQLite, or several sharing PostgreSQL and Redis behind a
 *   load balancer, each kill taking down one of them.
 * @property {number} kills Relay SIGKILLs (each followed by a restart).
 * @property {number} drops Client connections dropped under the client's feet.
 * @property {number} staleResumes Clients that reconnect claiming an older (or impossible) `lastSeq`.
 * @property {number} bursts Bursts of 2 to 5 resends of one message with the same client id.
 * @property {number} races Claims of one waiting conversation by every agent at once.
 * @property {number} seed Seeds every random choice, so a failing run can be replayed.
 * @property {boolean} isShort The short preset, about 25 seconds.
 * @property {boolean} keepData Keep the SQLite file and the relay's log even when the run passes.
 */

/** @type {Omit<ChaosOptions, 'seed'>} */
const DEFAULTS = {
  visitors: 30,
  agents: 3,
  durationSeconds: 60,
  nodes: 1,
  kills: 4,
  drops: 30,
  staleResumes: 12,
  bursts: 20,
  races: 8,
  isShort: false,
  keepData: false,
};

/** @type {Partial<ChaosOptions>} */
const SHORT = {
  visitors: 12,
  agents: 3,
  durationSeconds: 16,
  kills: 2,
  drops: 10,
  staleResumes: 5,
  bursts: 8,
  races: 3,
};

/** @type {Record<string, keyof ChaosOptions>} */
const NUMERIC_FLAGS = {
  '--visitors': 'visitors',
  '--agents': 'agents',
  '--duration': 'durationSeconds',
  '--nodes': 'nodes',
  '--kills': 'kills',
  '--drops': 'drops',
  '--stale': 'staleResumes',
  '--bursts': 'bursts',
  '--races': 'races',
  '--seed': 'seed',
};

/** The flags, for `--help` and for error messages. */
export const USAGE = [
  'usage: node scripts/chaos/run.js [--short] [--visitors N] [--agents N] [--duration SECONDS]',
  '       [--nodes N] [--kills N] [--drops N] [--stale N] [--bursts N] [--races N] [--seed N] [--keep]',
  '  --nodes N (N > 1) runs N relay processes on PostgreSQL and Redis behind a TCP load balancer.',
].join('\n');

/** A flag that is unknown or has an unusable value. */
export class UsageError extends Error {}

/**
 * Reads the flags. `--short` applies its preset first, so `--short --visitors 20` is a short run with 20
 * visitors whatever the order of the flags.
 * @param {readonly string[]} args The arguments after the script's name.
 * @param {() => number} randomSeed Picks the seed when `--seed` is not given.
 * @returns {ChaosOptions}
 */
export function parseChaosOptions(args, randomSeed) {
  const isShort = args.includes('--short');
  /** @type {ChaosOptions} */
  const options = { ...DEFAULTS, ...(isShort ? SHORT : {}), isShort, seed: randomSeed() };
  for (let index = 0; index < args.length; index++) {
    const flag = /** @type {string} */ (args[index]);
    if (flag === '--short') continue;
    if (flag === '--keep') {
      options.keepData = true;
      continue;
    }
    const name = NUMERIC_FLAGS[flag];
    if (name === undefined) throw new UsageError(`Unknown flag ${flag}.`);
    const raw = args[++index];
    const value = Number(raw);
    if (raw === undefined || !Number.isSafeInteger(value) || value < 0) {
      throw new UsageError(`${flag} needs a whole number of 0 or more, not ${raw ?? 'nothing'}.`);
    }
    Object.assign(options, { [name]: value });
  }
  if (options.visitors < 1) throw new UsageError('--visitors must be at least 1.');
  if (options.agents < 1) throw new UsageError('--agents must be at least 1.');
  if (options.durationSeconds < 5) throw new UsageError('--duration must be at least 5 seconds.');
  if (options.nodes < 1) throw new UsageError('--nodes must be at least 1.');
  return options;
}

/**
 * The flags that reproduce a run, as one line.
 * @param {ChaosOptions} options
 */
export function describeOptions(options) {
  return [
    `--visitors ${options.visitors}`,
    `--agents ${options.agents}`,
    `--duration ${options.durationSeconds}`,
    `--nodes ${options.nodes}`,
    `--kills ${options.kills}`,
    `--drops ${options.drops}`,
    `--stale ${options.staleResumes}`,
    `--bursts ${options.bursts}`,
    `--races ${options.races}`,
    `--seed ${options.seed}`,
  ].join(' ');
}
