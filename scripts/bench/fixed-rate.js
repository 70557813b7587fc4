/**
 * Latency at a fixed rate: an open loop in which visitors write messages on a schedule (message i at
 * `start + i / rate`, round-robin over the visitors) whatever the answers, so a slow server cannot slow the
 * writing down and hide its own delays. Each visitor sends as the widget's outbox does, one message at a
 * time: one written while the previous is unacknowledged waits in the outbox, and its wait counts. So a
 * latency runs from the moment the visitor wrote the message to its agent receiving it as `entry:added`,
 * both read on the driver's clock. Messages of the warm-up are sent but not counted; a measured message
 * that does not arrive in time counts as an infinite latency. The server's CPU time per message comes from the
 * measured part of the schedule, until its last message has arrived. So does the longest either side's
 * thread stood still meanwhile, which says whose a latency spike was.
 */
import { performance } from 'node:perf_hooks';
import { eventNameOf } from './engine-packets.js';
import { watchEventLoopStalls } from './event-loop-stalls.js';
import { createOutbox } from './outbox.js';
import { percentile } from './percentile.js';
import { MESSAGE_TEXT } from './saturation.js';

/** @typedef {import('./relay-pairs.js').Pair} Pair */
/** @typedef {import('./server-process.js').ServerProcess} ServerProcess */

/**
 * @typedef {object} FixedRateResult
 * @property {number} p50Ms
 * @property {number} p99Ms
 * @property {number} maxMs
 * @property {number} measured How many messages were measured.
 * @property {number} undelivered Measured messages that did not reach the agent in time.
 * @property {number} heldBack Messages that waited in an outbox behind an unacknowledged one.
 * @property {number} achievedRate Measured messages per second, as actually written.
 * @property {number} serverCpuMicrosPerMessage
 * @property {number} serverLongestStallMs The longest the server's thread stood still over the measured part.
 * @property {number} driverLongestStallMs The same for this process, the driver.
 */

/** How long the last messages may take to arrive after the schedule ends before they count as undelivered. */
const ARRIVAL_TIMEOUT_MS = 5000;
const TICK_MS = 1;

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {object} options
 * @param {readonly Pair[]} options.pairs
 * @param {ServerProcess} options.server
 * @param {number} options.rate Messages per second, all visitors together.
 * @param {number} options.warmupMs
 * @param {number} options.durationMs The measured part.
 * @returns {Promise<FixedRateResult>}
 */
export async function measureFixedRate({ pairs, server, rate, warmupMs, durationMs }) {
  const warmupCount = Math.round((rate * warmupMs) / 1000);
  const total = warmupCount + Math.round((rate * durationMs) / 1000);
  /** @type {Map<string, number>} When the measured messages not yet received were written, by client id. */
  const writtenAt = new Map();
  /** @type {number[]} */
  const latencies = [];
  /** @type {string | null} */
  let refusal = null;

  const removeListeners = pairs.map(({ agent }) =>
    agent.onEvent((data) => {
      const receivedAt = performance.now();
      if (eventNameOf(data) !== 'entry:added') return;
      const [, entry] = /** @type {[string, { clientId?: string | null }]} */ (JSON.parse(data));
      const written = entry.clientId ? writtenAt.get(entry.clientId) : undefined;
      if (written === undefined || !entry.clientId) return;
      writtenAt.delete(entry.clientId);
      latencies.push(receivedAt - written);
    }),
  );

  /** @param {string} data */
  const checkAck = (data) => {
    if (!data.startsWith('[{"ok":true')) refusal ??= data;
  };
  const outboxes = pairs.map(({ visitor }) => createOutbox(visitor, MESSAGE_TEXT, checkAck));
  let sent = 0;
  let heldBack = 0;
  /** When the first measured message was written, and the server's CPU time then. */
  const measuredStart = { at: Number.NaN, cpuMicros: Promise.resolve(0) };
  const driverStalls = watchEventLoopStalls();
  const start = performance.now();
  await new Promise((resolve) => {
    function tick() {
      const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000));
      while (sent < due) {
        if (sent === warmupCount) {
          measuredStart.at = performance.now();
          measuredStart.cpuMicros = server.usage().then((usage) => usage.cpuMicros);
          // Awaited after the schedule; a server that dies before then must not crash the driver meanwhile.
          measuredStart.cpuMicros.catch(() => {});
          driverStalls.reset();
        }
        const clientId = `r${sent}`;
        if (sent >= warmupCount) writtenAt.set(clientId, performance.now());
        if (outboxes[sent % outboxes.length]?.add(clientId)) heldBack++;
        sent++;
      }
      if (sent < total) setTimeout(tick, TICK_MS);
      else resolve(undefined);
    }
    tick();
  });
  const writtenUntil = performance.now();

  const deadline = performance.now() + ARRIVAL_TIMEOUT_MS;
  while (writtenAt.size > 0 && performance.now() < deadline) await sleep(20);
  const driverLongestStallMs = driverStalls.longestMs();
  driverStalls.stop();
  const usageAtEnd = await server.usage();
  for (const remove of removeListeners) remove();
  if (refusal !== null) throw new Error(`The ${server.kind} server refused a message: ${refusal}`);
  const undelivered = writtenAt.size;
  for (let index = 0; index < undelivered; index++) latencies.push(Infinity);

  const measured = total - warmupCount;
  return {
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: percentile(latencies, 100),
    measured,
    undelivered,
    heldBack,
    achievedRate: measured / ((writtenUntil - measuredStart.at) / 1000),
    serverCpuMicrosPerMessage: (usageAtEnd.cpuMicros - (await measuredStart.cpuMicros)) / measured,
    serverLongestStallMs: usageAtEnd.longestStallMs,
    driverLongestStallMs,
  };
}
