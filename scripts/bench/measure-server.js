/**
 * Every figure of one server, each group of figures on a fresh server process: the relay figures
 * (latency at a fixed rate, then throughput at saturation, over the same visitor–agent pairs), the memory
 * per idle visitor, and on Switchboard the handoff latency. Progress goes to the caller as it is measured.
 */
import { fileURLToPath } from 'node:url';
import { measureFixedRate } from './fixed-rate.js';
import { measureHandoff } from './handoff.js';
import { measureIdleVisitors } from './idle-visitors.js';
import { connectLightSocket } from './light-socket.js';
import { closePairs, connectPairs } from './relay-pairs.js';
import { measureSaturation } from './saturation.js';
import { startServerProcess } from './server-process.js';
import { connectVisitor } from './switchboard-clients.js';

/** @typedef {import('./bench-options.js').BenchOptions} BenchOptions */
/** @typedef {import('./figures.js').ServerFigures} ServerFigures */
/** @typedef {import('./server-process.js').ServerKind} ServerKind */
/** @typedef {import('./server-process.js').ServerProcess} ServerProcess */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The product's demo site id, and the account the driver's agents sign in as. */
const ACCESS = {
  siteId: 'demo',
  agent: { email: 'bench-agent@switchboard.test', password: 'bench-agent-password' },
};
const SWITCHBOARD_CONFIG = {
  root: ROOT,
  siteId: ACCESS.siteId,
  agent: { ...ACCESS.agent, name: 'Bench Agent' },
  admin: { email: 'bench-admin@switchboard.test', password: 'bench-admin-password' },
};
/** How each server is named in progress lines. */
export const SERVER_NAMES = { bare: '(a) bare Socket.IO', switchboard: '(b) Switchboard' };
/** A breath between figures, so one's last work does not land in the next one's window. */
const PAUSE_MS = 500;

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a fresh server of `kind`, runs `measure` against it, and stops it whatever happens.
 * @template Result
 * @param {ServerKind} kind
 * @param {(server: ServerProcess) => Promise<Result>} measure
 * @param {{ isForMemoryReadings?: boolean }} [options] See `startServerProcess`.
 * @returns {Promise<Result>}
 */
async function withServer(kind, measure, options) {
  const server = await startServerProcess(kind, kind === 'switchboard' ? SWITCHBOARD_CONFIG : {}, options);
  try {
    return await measure(server);
  } finally {
    await server.stop();
  }
}

/**
 * @param {ServerKind} kind
 * @param {BenchOptions} options
 * @param {(text: string) => void} progress
 * @returns {Promise<ServerFigures>}
 */
export async function measureServer(kind, options, progress) {
  const name = SERVER_NAMES[kind];
  const { fixedRate, saturation } = await withServer(kind, async (server) => {
    const pairs = await connectPairs(server, options.pairs, ACCESS);
    try {
      await sleep(PAUSE_MS);
      const atRate = await measureFixedRate({
        pairs,
        server,
        rate: options.rate,
        warmupMs: options.rateWarmupMs,
        durationMs: options.rateDurationMs,
      });
      progress(
        `${name}: at ${atRate.achievedRate.toFixed(0)} msg/s, p50 ${atRate.p50Ms.toFixed(2)} ms, ` +
          `p99 ${atRate.p99Ms.toFixed(2)} ms, max ${atRate.maxMs.toFixed(2)} ms over ${atRate.measured} messages` +
          (atRate.heldBack > 0 ? `, ${atRate.heldBack} held back in an outbox` : '') +
          (atRate.undelivered > 0 ? `, ${atRate.undelivered} NOT DELIVERED in time` : '') +
          `; longest stall of the server's thread ${atRate.serverLongestStallMs.toFixed(0)} ms, ` +
          `of the driver's ${atRate.driverLongestStallMs.toFixed(0)} ms`,
      );
      await sleep(PAUSE_MS);
      const saturated = await measureSaturation({
        pairs,
        server,
        warmupMs: options.saturationWarmupMs,
        windowMs: options.saturationWindowMs,
      });
      progress(
        `${name}: ${saturated.messagesPerSecond.toFixed(0)} msg/s at saturation ` +
          `(server ${saturated.serverCores.toFixed(2)} cores, driver ${saturated.driverCores.toFixed(2)} cores)`,
      );
      return { fixedRate: atRate, saturation: saturated };
    } finally {
      closePairs(pairs);
    }
  });

  const idle = await withServer(
    kind,
    (server) =>
      measureIdleVisitors({
        server,
        counts: options.idleCounts,
        connectVisitor:
          kind === 'switchboard'
            ? () => connectVisitor(server.url, ACCESS.siteId)
            : () => connectLightSocket({ url: server.url, namespace: '/visitor', auth: {} }),
      }),
    { isForMemoryReadings: true },
  );
  progress(
    `${name}: RSS per idle visitor ` +
      idle.bytesPerVisitor
        .map((bytes, index) => `${((bytes ?? 0) / 1000).toFixed(1)} kB at ${options.idleCounts[index]}`)
        .join(', ') +
      ` (baseline ${(idle.baselineBytes / 2 ** 20).toFixed(0)} MiB)`,
  );

  const handoff =
    kind === 'switchboard'
      ? await withServer(kind, (server) =>
          measureHandoff({ server, conversations: options.handoffConversations, access: ACCESS }),
        )
      : { p50Ms: Number.NaN, p99Ms: Number.NaN, maxMs: Number.NaN };
  if (kind === 'switchboard') {
    progress(
      `${name}: handoff over ${options.handoffConversations} conversations, p50 ${handoff.p50Ms.toFixed(2)} ms, ` +
        `p99 ${handoff.p99Ms.toFixed(2)} ms, max ${handoff.maxMs.toFixed(2)} ms`,
    );
  }

  return {
    messagesPerSecond: saturation.messagesPerSecond,
    p50Ms: fixedRate.p50Ms,
    p99Ms: fixedRate.p99Ms,
    cpuMicrosAtSaturation: saturation.serverCpuMicrosPerMessage,
    cpuMicrosAtRate: fixedRate.serverCpuMicrosPerMessage,
    rssBytesPerVisitor: idle.bytesPerVisitor,
    handoffP50Ms: handoff.p50Ms,
    handoffP99Ms: handoff.p99Ms,
    serverCores: saturation.serverCores,
    driverCores: saturation.driverCores,
  };
}
