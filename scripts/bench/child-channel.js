/**
 * The server child's side of its IPC channel with the benchmark: it says when it listens, answers requests
 * for its own CPU time and RSS (so the figures are the server's alone, not the driver's), and stops when
 * asked or when the benchmark goes away.
 */

/**
 * @typedef {{ type: 'usage', id: number, collectGarbage: boolean } | { type: 'stop' }} ToServer
 * @typedef {{ type: 'ready', url: string }
 *   | { type: 'usage', id: number, cpuMicros: number, rssBytes: number }
 *   | { type: 'failed', message: string }} FromServer
 */

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
    });
    return undefined;
  });
  tell({ type: 'ready', url });
}
