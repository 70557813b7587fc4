/**
 * Memory per idle visitor: the server's RSS with N idle visitors connected, less its RSS before they
 * came, divided by N. On Switchboard an idle visitor is what a widget left open leaves behind: a real
 * handshake (a new visitor, stored) and a `session:resume`; on the bare relay it is a connected socket.
 * The server is left to settle after its start, and a few visitors connect and leave before the baseline,
 * so that code and buffers every connection needs once are in the baseline, not charged to the visitors.
 * Each reading follows a full garbage collection in the server, once the server has filled V8's young
 * generation (see `fillYoungGeneration`), whose pages are a fixed cost too.
 */
import { forEachConcurrently } from './concurrently.js';

/** @typedef {import('./light-socket.js').LightSocket} LightSocket */
/** @typedef {import('./server-process.js').ServerProcess} ServerProcess */

/**
 * @typedef {object} IdleVisitorsResult
 * @property {number[]} bytesPerVisitor By count, in the order of `counts`.
 * @property {number} baselineBytes The server's RSS before the visitors connected.
 */

/**
 * How long the server is left alone after it starts. V8 returns a thread's start-up garbage to the OS some
 * seconds after the thread goes quiet; on Switchboard the commit worker's thread, which the readings'
 * collections do not reach, did so in the middle of the readings, and the visitors connected by then
 * seemed to cost less than nothing.
 */
const START_SETTLE_MS = 12_000;
/** Visitors that connect and leave before the baseline reading. */
const WARMUP_VISITORS = 50;
/** Handshakes under way at once. */
const CONNECT_CONCURRENCY = 50;
/** A pause before each reading, for the last connections' work to finish. */
const SETTLE_MS = 1000;

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {object} options
 * @param {ServerProcess} options.server
 * @param {readonly number[]} options.counts Increasing numbers of idle visitors to read the RSS at.
 * @param {() => Promise<LightSocket>} options.connectVisitor
 * @returns {Promise<IdleVisitorsResult>}
 */
export async function measureIdleVisitors({ server, counts, connectVisitor }) {
  /** @type {LightSocket[]} */
  const visitors = [];
  try {
    await sleep(START_SETTLE_MS);
    await forEachConcurrently(WARMUP_VISITORS, CONNECT_CONCURRENCY, async () => {
      (await connectVisitor()).close();
    });
    await sleep(SETTLE_MS);
    const baselineBytes = (await server.usage({ collectGarbage: true })).rssBytes;
    /** @type {number[]} */
    const bytesPerVisitor = [];
    for (const count of counts) {
      const connected = visitors.length;
      await forEachConcurrently(count - connected, CONNECT_CONCURRENCY, async (index) => {
        visitors[connected + index] = await connectVisitor();
      });
      await sleep(SETTLE_MS);
      const { rssBytes } = await server.usage({ collectGarbage: true });
      bytesPerVisitor.push((rssBytes - baselineBytes) / count);
    }
    return { bytesPerVisitor, baselineBytes };
  } finally {
    for (const visitor of visitors) visitor?.close();
  }
}
