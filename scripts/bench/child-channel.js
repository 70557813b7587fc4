/**
 * The server child's side of its IPC channel with the benchmark: it says when it listens, answers requests
 * for its own CPU time and RSS (so the figures are the server's alone, not the driver's) and for the longest
 * its thread stood still since the previous request, and stops when asked or when the benchmark goes away.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { watchEventLoopStalls } from './event-loop-stalls.js';

/**
 * @typedef {{ type: 'usage', id: number, collectGarbage: boolean } | { type: 'stop' }} ToServer
 * @typedef {{ type: 'ready', url: string }
 *   | { type: 'usage', id: number, cpuMicros: number, rssBytes: number, longestStallMs: number }
 *   | { type: 'failed', message: string }} FromServer
 */

/** Slots in each short-lived array `fillYoungGeneration` allocates: 8 kB, far below V8's large objects. */
const FILLER_SLOTS = 1000;

/**
 * Allocates and drops short-lived arrays worth twice V8's young generation, so that both its semi-spaces
 * are resident. V8 reserves them whole, but the OS maps a page in only when it is first written: until the
 * server has allocated that much, whatever runs next pays for them, and a baseline read before charges
 * some 15 MiB to the first visitors that connect. (A server started for memory readings has its young
 * generation at full size from the start, see `startServerProcess`, so it cannot grow later either.)
 * @returns {number} The last array's length, so that no compiler can drop the allocations as unused.
 */
function fillYoungGeneration() {
  const youngGeneration = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  const fillerBytes = FILLER_SLOTS * 8;
  /** @type {number[]} */
  let filler = [];
  for (let allocated = 0; allocated < 2 * (youngGeneration?.space_size ?? 0); allocated += fillerBytes) {
    filler = Array.from({ length: FILLER_SLOTS }, () => allocated);
  }
  return filler.length;
}

/** @param {FromServer} message */
function tell(message) {
  process.send?.(message);
}

/**
 * Reads the JSON configuration the benchmark passes as the first argument.
 * @returns {Record<string, unknown>}
 */
export function readChildConfig() {
  return JSON.parse(process.argv[2] ?? '{}');
}

/**
 * Runs a server under test: starts it, announces its URL, serves usage requests, and stops it on request
 * or when the parent disconnects. A failure to start is reported to the parent before the child exits.
 * @param {() => Promise<{ url: string, close: () => Promise<void> }>} start
 */
export async function serveUnderTest(start) {
  if (!process.send) throw new Error('This file runs as a child of scripts/bench/run.js.');
  let running;
  try {
    running = await start();
  } catch (error) {
    tell({
      type: 'failed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    process.exit(1);
  }
  const { url, close } = running;
  // A latency spike at the fixed rate is the server's if its own thread stood still meanwhile.
  const stalls = watchEventLoopStalls();
  let isStopping = false;
  const stop = () => {
    if (isStopping) return;
    isStopping = true;
    // A server that hangs while closing must not outlive the benchmark.
    setTimeout(() => process.exit(1), 5000).unref();
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('disconnect', stop);
  process.on('message', (/** @type {ToServer} */ message) => {
    if (message.type === 'stop') return stop();
    if (message.collectGarbage) {
      fillYoungGeneration();
      // Twice: the first pass can leave finalised objects that only the second frees.
      globalThis.gc?.();
      globalThis.gc?.();
    }
    const cpu = process.cpuUsage();
    tell({
      type: 'usage',
      id: message.id,
      cpuMicros: cpu.user + cpu.system,
      rssBytes: process.memoryUsage.rss(),
      longestStallMs: stalls.longestMs(),
    });
    stalls.reset();
    return undefined;
  });
  tell({ type: 'ready', url });
}
