/**
 * `npm run chaos`: on loopback, starts the relay, drives simulated visitors and agents through real
 * socket.io-client connections while injecting faults (relay SIGKILLs and restarts, dropped connections,
 * stale resumes, resend bursts, claim races), then quiesces, audits the clients against the store, prints
 * one summary, and exits 1 unless the verdict passes. `--short` is the version `npm test` runs.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAgentClient } from './agent-client.js';
import { playAgent } from './agent-behaviour.js';
import { audit } from './audit.js';
import { describeOptions, parseChaosOptions, USAGE, UsageError } from './chaos-options.js';
import { startFaultInjector } from './fault-injector.js';
import { quiesce } from './quiesce.js';
import { signIn } from './sign-in.js';
import { createRandom } from './seeded-random.js';
import { startRelays } from './relays.js';
import { readLastSeqs, readLogs } from './store-access.js';
import { formatSummary, verdictOf } from './summary.js';
import { createVisitorClient } from './visitor-client.js';
import { playVisitor } from './visitor-behaviour.js';

/** @typedef {import('./chaos-options.js').ChaosOptions} ChaosOptions */
/** @typedef {import('./summary.js').ClientTotals} ClientTotals */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AGENT_NAMES = ['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret', 'Dennis', 'Frances'];
const ADMIN = { email: 'admin@chaos.test', password: 'chaos-admin-password' };
/** How long the clients may take to catch up once the faults stop. */
const QUIESCE_MS = 30_000;
/** The whole run is abandoned if it overruns its talking time by this much. */
const WATCHDOG_MARGIN_MS = 120_000;

/** @param {number} startedAt */
const elapsed = (startedAt) => `${((Date.now() - startedAt) / 1000).toFixed(1).padStart(5)} s`;

/**
 * @param {ChaosOptions} options
 * @returns {Promise<boolean>} Whether the verdict passed.
 */
async function runChaos(options) {
  for (const built of ['dist/server/main.js', 'dist/public/frame/index.html']) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run npm run build first.`);
  }
  const startedAt = Date.now();
  const random = createRandom(options.seed);
  const directory = mkdtempSync(join(tmpdir(), 'switchboard-chaos-'));
  const accounts = Array.from({ length: options.agents }, (_, index) => ({
    name: AGENT_NAMES[index] ?? `Agent ${index + 1}`,
    email: `agent${index + 1}@chaos.test`,
    password: `chaos-password-${index + 1}`,
  }));
  const relays = await startRelays({
    root: ROOT,
    nodes: options.nodes,
    directory,
    admin: ADMIN,
    agents: accounts,
    random: random.fork('nodes'),
  });
  // The relays must not outlive the harness, however the harness ends.
  const killOnExit = () => void relays.killAll();
  const killOnSignal = () => void relays.killAll().finally(() => process.exit(130));
  process.once('exit', killOnExit);
  process.once('SIGINT', killOnSignal);
  process.once('SIGTERM', killOnSignal);
  const watchdog = setTimeout(
    () => {
      console.error(
        `chaos: the run overran by ${WATCHDOG_MARGIN_MS / 1000} s; giving up. Data kept in ${directory}`,
      );
      void relays.killAll().then(() => process.exit(1));
    },
    options.durationSeconds * 1000 + WATCHDOG_MARGIN_MS,
  );
  watchdog.unref();

  console.log(`[${elapsed(startedAt)}] ${relays.description}`);
  const agents = await Promise.all(
    accounts.map(async (account) =>
      createAgentClient({
        name: account.name,
        url: relays.url,
        cookie: await signIn(relays.url, account.email, account.password),
        random: random.fork(`agent ${account.name}`),
        isWebSocketOnly: relays.isWebSocketOnly,
      }),
    ),
  );
  const visitors = Array.from({ length: options.visitors }, (_, index) =>
    createVisitorClient({
      name: `visitor-${index + 1}`,
      url: relays.url,
      random: random.fork(`visitor ${index}`),
      isWebSocketOnly: relays.isWebSocketOnly,
    }),
  );

  const until = Date.now() + options.durationSeconds * 1000;
  console.log(
    `[${elapsed(startedAt)}] ${visitors.length} visitors and ${agents.length} agents talk for ${options.durationSeconds} s`,
  );
  const injector = startFaultInjector({
    random: random.fork('faults'),
    relay: relays.faultTarget,
    visitors,
    agents,
    counts: options,
    log: (event) => console.log(`[${elapsed(startedAt)}] ${event}`),
  });
  await Promise.all([
    ...visitors.map((visitor, index) => playVisitor(visitor, random.fork(`visitor plan ${index}`), until)),
    ...agents.map((agent) => playAgent(agent, random.fork(`agent plan ${agent.name}`), until)),
  ]);
  await injector.stop();

  console.log(`[${elapsed(startedAt)}] faults stopped; waiting for every client to catch up`);
  const store = await relays.openStore();
  const quiesceStartedAt = Date.now();
  const quiet = await quiesce({
    visitors,
    agents,
    readLastSeqs: () => readLastSeqs(store),
    deadline: quiesceStartedAt + QUIESCE_MS,
  });
  const quiesceMs = Date.now() - quiesceStartedAt;
  if (!quiet.isQuiet) console.log(`still catching up at the deadline: ${quiet.lagging.join(', ')}`);

  for (const client of [...visitors, ...agents]) client.close();
  const logs = await readLogs(store);
  await store.close();
  clearTimeout(watchdog);
  process.off('exit', killOnExit);
  process.off('SIGINT', killOnSignal);
  process.off('SIGTERM', killOnSignal);

  const report = audit({
    logs,
    records: [...visitors, ...agents].flatMap((client) => client.records()),
    displays: [...visitors, ...agents].flatMap((client) => client.displays()),
  });
  /** @type {ClientTotals} */
  const clients = {
    redelivered: 0,
    gaps: 0,
    resyncs: 0,
    bursts: 0,
    burstCopies: 0,
    handshakeRefusals: 0,
    resumeRefusals: 0,
    aheadResumesNotResynced: 0,
  };
  for (const client of [...visitors, ...agents]) {
    const stats = client.stats();
    for (const key of /** @type {(keyof ClientTotals)[]} */ (Object.keys(clients)))
      clients[key] += stats[key];
  }
  const run = { isQuiet: quiet.isQuiet, quiesceMs, totalMs: Date.now() - startedAt };
  console.log(formatSummary({ options, report, faults: injector.faults, clients, run }));

  const { isPass } = verdictOf(report, injector.faults, clients, run);
  const kept = await relays.stop(!isPass || options.keepData);
  if (kept === null) rmSync(directory, { recursive: true, force: true });
  else console.log(`the store and the relays' logs are kept in ${kept}`);
  return isPass;
}

try {
  const options = parseChaosOptions(process.argv.slice(2), () => Math.floor(Math.random() * 1_000_000));
  console.log(`chaos: ${describeOptions(options)}${options.isShort ? ' (--short)' : ''}`);
  process.exitCode = (await runChaos(options)) ? 0 : 1;
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`chaos: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
}
