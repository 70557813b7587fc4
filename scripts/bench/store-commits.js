/**
 * `npm run bench:store`: the durable append on its own, with no sockets. The relay benchmark's figures mix
 * the store's work with Socket.IO's and with the driver's on the same cores, and vary by 10% from run to
 * run on a shared machine; a change to the commit path is smaller than that. This one runs the built
 * store's `commit` (on SQLite, through its commit worker; on PostgreSQL, through its pool) in a closed loop
 * over 200 conversations with one commit in flight each, as the relay benchmark's visitors are, and prints
 * commits per second, this process's CPU time per commit (every thread's, the commit worker's included;
 * not the PostgreSQL server's), and the commit latency's p50 and p99. Needs `npm run build` first; the
 * PostgreSQL figures need the server the tests use (see `scripts/cluster/test-schema.js`), in a schema of
 * their own that is dropped afterwards.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createTestSchema } from '../cluster/test-schema.js';
import { describeMachine } from './machine.js';
import { median, percentile } from './percentile.js';
import { MESSAGE_TEXT } from './saturation.js';
import { parseStoreBenchOptions, USAGE, UsageError } from './store-bench-options.js';

/** @typedef {import('../../server/store/store.js').Store} Store */
/** @typedef {import('../../server/store/store.js').StoredConversation} StoredConversation */
/** @typedef {import('../../server/conversation/conversation-control.js').ConversationControl} ConversationControl */
/** @typedef {import('./store-bench-options.js').Engine} Engine */
/** @typedef {import('./store-bench-options.js').StoreBenchOptions} StoreBenchOptions */

/**
 * @typedef {object} CommitFigures
 * @property {number} commitsPerSecond
 * @property {number} cpuMicrosPerCommit
 * @property {number} p50Ms
 * @property {number} p99Ms
 */

const BUILT_SERVER = join(import.meta.dirname, '..', '..', 'dist', 'server');
const ENGINE_NAMES = { sqlite: 'SQLite file (commit worker)', postgres: 'PostgreSQL' };

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {string} module The built server module, under dist/server/, without its extension. */
async function importBuilt(module) {
  return import(pathToFileURL(join(BUILT_SERVER, `${module}.js`)).href);
}

/**
 * A migrated store of `engine` in a place of its own, and how to remove that place.
 * @param {Engine} engine
 * @returns {Promise<{ store: Store, remove: () => Promise<void> }>}
 */
async function openFreshStore(engine) {
  if (engine === 'postgres') {
    const { openPostgresStore } = await importBuilt('store/postgres-store');
    const schema = await createTestSchema('store_bench');
    const store = /** @type {Store} */ (openPostgresStore(schema.url));
    await store.migrate();
    return { store, remove: schema.drop };
  }
  const { openSqliteStore } = await importBuilt('store/sqlite-store');
  const directory = mkdtempSync(join(tmpdir(), 'switchboard-store-bench-'));
  const store = /** @type {Store} */ (openSqliteStore(join(directory, 'switchboard.sqlite')));
  await store.migrate();
  return { store, remove: async () => rmSync(directory, { recursive: true, force: true }) };
}

/**
 * `count` conversations of one site, each with a visitor of its own and an empty log.
 * @param {Store} store
 * @param {number} count
 * @returns {Promise<StoredConversation[]>}
 */
async function createConversations(store, count) {
  const at = Date.now();
  await store.upsertSite({ id: 'bench', name: 'Store benchmark', allowedOrigins: [], createdAt: at });
  const conversations = [];
  for (let index = 0; index < count; index++) {
    const visitorId = `visitor-${index}`;
    await store.createVisitor({ id: visitorId, siteId: 'bench', createdAt: at, tokenHash: randomUUID() });
    conversations.push(
      await store.ensureConversation({
        id: `conversation-${index}`,
        siteId: 'bench',
        visitorId,
        visitor: {
          pageUrl: 'https://shop.example/delivery',
          pageTitle: 'Delivery',
          referrer: null,
          locale: 'en-GB',
        },
        at,
      }),
    );
  }
  return conversations;
}

/**
 * Commits a visitor message to every conversation, each as soon as its previous one is committed, and counts
 * those that finish inside the window after the warm-up. Every commit must be `committed`: nothing else
 * writes to these conversations, so a conflict or a duplicate is a fault of the store.
 * @param {Store} store
 * @param {readonly StoredConversation[]} conversations
 * @param {Pick<StoreBenchOptions, 'warmupMs' | 'windowMs'>} windows
 * @returns {Promise<CommitFigures>}
 */
async function measureCommits(store, conversations, { warmupMs, windowMs }) {
  /** @type {{ NEW_CONVERSATION_CONTROL: ConversationControl }} */
  const { NEW_CONVERSATION_CONTROL } = await importBuilt('conversation/conversation-control');
  // The conversations are new, and each commit leaves their control as it was: the store does not judge it
  // (the state machine decides before the commit), so every commit writes the same columns.
  const { version: _version, ...control } = NEW_CONVERSATION_CONTROL;
  const stop = new AbortController();
  let isCounting = false;
  /** @type {number[]} */
  const latencies = [];

  const loops = conversations.map(async (conversation) => {
    let version = conversation.version;
    while (!stop.signal.aborted) {
      const startedAt = performance.now();
      const result = await store.commit({
        conversationId: conversation.id,
        expectedVersion: version,
        control,
        entries: [{ kind: 'visitor_message', text: MESSAGE_TEXT, clientId: randomUUID() }],
        at: Date.now(),
      });
      if (result.status !== 'committed') {
        throw new Error(
          `A commit to ${conversation.id} came back ${result.status}; only this loop writes there.`,
        );
      }
      version = result.conversation.version;
      if (isCounting) latencies.push(performance.now() - startedAt);
    }
  });
  // A loop that fails ends the measurement at once, with its error.
  const allLoops = Promise.all(loops);
  try {
    await Promise.race([sleep(warmupMs), allLoops]);
    const cpuBefore = process.cpuUsage();
    const windowStart = performance.now();
    isCounting = true;
    await Promise.race([sleep(windowMs), allLoops]);
    isCounting = false;
    const { user, system } = process.cpuUsage(cpuBefore);
    const seconds = (performance.now() - windowStart) / 1000;
    return {
      commitsPerSecond: latencies.length / seconds,
      cpuMicrosPerCommit: (user + system) / latencies.length,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
    };
  } finally {
    stop.abort();
    await allLoops;
  }
}

/**
 * @param {Engine} engine
 * @param {StoreBenchOptions} options
 * @returns {Promise<CommitFigures>}
 */
async function measureEngine(engine, options) {
  const { store, remove } = await openFreshStore(engine);
  try {
    const conversations = await createConversations(store, options.conversations);
    return await measureCommits(store, conversations, options);
  } finally {
    await store.close();
    await remove();
  }
}

/** @param {CommitFigures} figures */
function describeFigures(figures) {
  return [
    `${figures.commitsPerSecond.toFixed(0)} commits/s`,
    `${figures.cpuMicrosPerCommit.toFixed(1)} µs CPU per commit`,
    `p50 ${figures.p50Ms.toFixed(2)} ms`,
    `p99 ${figures.p99Ms.toFixed(2)} ms`,
  ].join(', ');
}

/** @param {StoreBenchOptions} options */
async function runBenchmark(options) {
  if (!existsSync(join(BUILT_SERVER, 'store', 'sqlite-store.js'))) {
    throw new UsageError('dist/server/store is missing: build the server first (npm run build).');
  }
  console.log('Store benchmark: visitor messages committed durably, no sockets');
  console.log(`Machine: ${describeMachine()}`);
  console.log(
    `Settings: ${options.conversations} conversations, one commit in flight each; ` +
      `${options.windowMs / 1000} s window after ${options.warmupMs / 1000} s warm-up\n`,
  );
  for (const engine of options.engines) {
    /** @type {CommitFigures[]} */
    const runs = [];
    for (let run = 1; run <= options.runs; run++) {
      const figures = await measureEngine(engine, options);
      console.log(`${ENGINE_NAMES[engine]}, run ${run}: ${describeFigures(figures)}`);
      runs.push(figures);
    }
    if (options.runs > 1) {
      /** @param {keyof CommitFigures} key */
      const medianOf = (key) => median(runs.map((figures) => figures[key]));
      const medians = {
        commitsPerSecond: medianOf('commitsPerSecond'),
        cpuMicrosPerCommit: medianOf('cpuMicrosPerCommit'),
        p50Ms: medianOf('p50Ms'),
        p99Ms: medianOf('p99Ms'),
      };
      console.log(`${ENGINE_NAMES[engine]}, medians of ${options.runs} runs: ${describeFigures(medians)}`);
    }
  }
}

try {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
  } else {
    await runBenchmark(parseStoreBenchOptions(process.argv.slice(2)));
  }
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\n${USAGE}`);
  process.exitCode = 2;
}
