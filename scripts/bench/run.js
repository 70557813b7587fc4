/**
 * `npm run bench`: on loopback, measures (a) a bare Socket.IO relay and (b) Switchboard's relay doing its
 * real work, side by side, driven by the same light Socket.IO driver, and prints one table with the ratios
 * (b)/(a) and the issue's targets. Each server runs in a child process of its own (a fresh one for each
 * group of figures); the driver runs here. `--quick` is a smoke run; `--runs N` prints medians. Needs the
 * server built (`npx tsc -p server/tsconfig.build.json` or `npm run build`).
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseBenchOptions, USAGE, UsageError } from './bench-options.js';
import { medianFigures } from './figures.js';
import { describeMachine, openFileLimit } from './machine.js';
import { measureServer } from './measure-server.js';
import { formatTable, missedTargets } from './report-table.js';
import { killAllServers } from './server-process.js';

/** @typedef {import('./bench-options.js').BenchOptions} BenchOptions */
/** @typedef {import('./figures.js').RunFigures} RunFigures */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Something to put right before the benchmark can run; its message says what. */
class SetupError extends Error {}

/** Open files each process needs beyond one per socket: modules, the SQLite file and its WAL, pipes. */
const SPARE_OPEN_FILES = 200;
/** The whole benchmark is abandoned if one run takes longer than this. */
const WATCHDOG_MS_PER_RUN = 8 * 60_000;

const startedAt = performance.now();
/** @param {string} text */
function progress(text) {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1).padStart(6);
  console.log(`[${seconds} s] ${text}`);
}
/** The one-minute load average: other work on the machine skews every figure. */
const loadAverage = () => (loadavg()[0] ?? 0).toFixed(2);

/** @param {BenchOptions} options */
function describeSettings(options) {
  const perVisitorMs = (options.pairs * 1000) / options.rate;
  return [
    `${options.pairs} visitor–agent pairs, each visitor with one message in flight at most, as the widget sends`,
    `saturation: ${options.saturationWindowMs / 1000} s window after ${options.saturationWarmupMs / 1000} s warm-up`,
    `latency: ${options.rate} msg/s open loop (each visitor every ${perVisitorMs} ms) for ` +
      `${options.rateDurationMs / 1000} s after ${options.rateWarmupMs / 1000} s warm-up`,
  ].join('; ');
}

/** @param {BenchOptions} options */
async function runBenchmark(options) {
  if (!existsSync(join(ROOT, 'dist', 'server', 'switchboard.js'))) {
    throw new SetupError('dist/server/switchboard.js is missing: build the server first (npm run build).');
  }
  const neededFiles = Math.max(...options.idleCounts, options.pairs * 2) + SPARE_OPEN_FILES;
  const fileLimit = openFileLimit();
  if (fileLimit !== null && fileLimit < neededFiles) {
    throw new SetupError(
      `The open-file limit is ${fileLimit}; the benchmark needs ${neededFiles}. Raise it first: ulimit -n ${neededFiles}`,
    );
  }
  console.log(`Relay benchmark${options.isQuick ? ' (--quick: a smoke run, rougher figures)' : ''}`);
  console.log(`Machine: ${describeMachine()}`);
  console.log(`Settings: ${describeSettings(options)}`);
  console.log(
    `The server under test and the driver share the machine's cores; load average before the run ${loadAverage()}.\n`,
  );

  /** @type {RunFigures[]} */
  const runs = [];
  for (let run = 1; run <= options.runs; run++) {
    if (options.runs > 1) progress(`run ${run} of ${options.runs}`);
    const bare = await measureServer('bare', options, progress);
    const switchboard = await measureServer('switchboard', options, progress);
    runs.push({ bare, switchboard });
  }

  const figures = {
    bare: medianFigures(runs.map((run) => run.bare)),
    switchboard: medianFigures(runs.map((run) => run.switchboard)),
  };
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(0);
  console.log(
    `\n${options.runs > 1 ? `Medians of ${options.runs} runs` : 'One run'}, ${seconds} s in all, ` +
      `load average after ${loadAverage()} (kB = 1,000 bytes; CPU is the server process's user + system time):\n`,
  );
  console.log(
    formatTable(figures, {
      rate: options.rate,
      idleCounts: options.idleCounts,
      handoffConversations: options.handoffConversations,
    }),
  );
  const missed = missedTargets(figures, options.idleCounts);
  console.log(
    missed.length === 0
      ? '\nEvery target met.'
      : `\nTargets missed:\n${missed.map((line) => `  - ${line}`).join('\n')}`,
  );
}

process.on('exit', killAllServers);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    killAllServers();
    process.exit(130);
  });
}

try {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const options = parseBenchOptions(process.argv.slice(2));
  setTimeout(() => {
    console.error('The benchmark overran its time limit; stopping.');
    process.exit(1);
  }, WATCHDOG_MS_PER_RUN * options.runs).unref();
  await runBenchmark(options);
  process.exit(0);
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof SetupError) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
}
