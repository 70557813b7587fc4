/**
 * Throughput at saturation: a closed loop in which every visitor has one message in flight, as the widget
 * sends, and sends the next as soon as it is acknowledged; the number of visitors sets the load. (More
 * than one in flight per conversation is not what the widget does, and on Switchboard it makes the
 * conversation's commits race each other's compare-and-set.) After a warm-up, the acknowledged messages over
 * a fixed window give messages per second, and the server's CPU time over the same window gives its CPU
 * time per message. The driver's own CPU share is measured too: if it nears a whole core, the driver and
 * not the server is what limits the figure. Every acknowledgement must say `ok: true`, and every
 * acknowledged message must reach the visitor's agent.
 */
import { performance } from 'node:perf_hooks';
import { eventNameOf } from './engine-packets.js';

/** @typedef {import('./relay-pairs.js').Pair} Pair */
/** @typedef {import('./server-process.js').ServerProcess} ServerProcess */

/**
 * @typedef {object} SaturationResult
 * @property {number} messagesPerSecond Acknowledged messages per second over the window.
 * @property {number} serverCpuMicrosPerMessage The server's CPU time over the window per message.
 * @property {number} serverCores The server's CPU time over the window divided by its wall time.
 * @property {number} driverCores The same for the driver.
 */

/** A visitor message of a typical length. */
export const MESSAGE_TEXT = 'Hello, do you deliver to Lyon, and how long does it usually take?';
/** How long the messages still in flight after the window may take to arrive. */
const DRAIN_TIMEOUT_MS = 15_000;
const POLL_MS = 20;

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {() => boolean} isDone
 * @param {number} timeoutMs
 */
async function waitUntil(isDone, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  while (!isDone() && performance.now() < deadline) await sleep(POLL_MS);
  return isDone();
}

/** @returns {number} This process's CPU time so far, in microseconds. */
function driverCpuMicros() {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/**
 * @param {object} options
 * @param {readonly Pair[]} options.pairs
 * @param {ServerProcess} options.server
 * @param {number} options.warmupMs
 * @param {number} options.windowMs
 * @returns {Promise<SaturationResult>}
 */
export async function measureSaturation({ pairs, server, warmupMs, windowMs }) {
  let isSending = true;
  let acknowledged = 0;
  let inFlight = 0;
  let delivered = 0;
  /** @type {string | null} */
  let refusal = null;
  const removeListeners = pairs.map(({ agent }) =>
    agent.onEvent((data) => {
      if (eventNameOf(data) === 'entry:added') delivered++;
    }),
  );
  /**
   * The loop of one visitor: each acknowledgement sends the next message.
   * @param {Pair} pair
   */
  function startSending({ index, visitor }) {
    let sent = 0;
    const sendNext = () => {
      if (!isSending || refusal !== null) return;
      inFlight++;
      visitor.send('message:send', { clientId: `m${index}-${sent++}`, text: MESSAGE_TEXT }, (data) => {
        inFlight--;
        if (!data.startsWith('[{"ok":true')) refusal ??= data;
        acknowledged++;
        sendNext();
      });
    };
    sendNext();
  }

  for (const pair of pairs) startSending(pair);
  await sleep(warmupMs);
  const start = {
    at: performance.now(),
    acknowledged,
    server: await server.usage(),
    driver: driverCpuMicros(),
  };
  await sleep(windowMs);
  const end = {
    at: performance.now(),
    acknowledged,
    server: await server.usage(),
    driver: driverCpuMicros(),
  };
  isSending = false;

  const isDrained = await waitUntil(() => inFlight === 0, DRAIN_TIMEOUT_MS);
  const isDelivered = await waitUntil(() => delivered >= acknowledged, DRAIN_TIMEOUT_MS);
  for (const remove of removeListeners) remove();
  if (refusal !== null) throw new Error(`The ${server.kind} server refused a message: ${refusal}`);
  if (!isDrained)
    throw new Error(`${inFlight} messages to the ${server.kind} server were never acknowledged.`);
  if (!isDelivered) {
    throw new Error(`Only ${delivered} of ${acknowledged} acknowledged messages reached the agents.`);
  }

  const seconds = (end.at - start.at) / 1000;
  const messages = end.acknowledged - start.acknowledged;
  const serverCpu = end.server.cpuMicros - start.server.cpuMicros;
  return {
    messagesPerSecond: messages / seconds,
    serverCpuMicrosPerMessage: serverCpu / messages,
    serverCores: serverCpu / 1e6 / seconds,
    driverCores: (end.driver - start.driver) / 1e6 / seconds,
  };
}
