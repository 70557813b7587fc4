/**
 * A server under test as a child process of its own, so that its CPU time and RSS are its own and not the
 * driver's: it is forked with `--expose-gc` (so a memory reading can follow a full collection), announces
 * its loopback URL over IPC, and answers usage requests. Each server gets a fresh temp directory, removed
 * when it stops, and is killed if it does not stop in time.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {import('./child-channel.js').FromServer} FromServer */
/** @typedef {import('./child-channel.js').ToServer} ToServer */
/** @typedef {'bare' | 'switchboard'} ServerKind */

/**
 * @typedef {object} ServerUsage
 * @property {number} cpuMicros User and system CPU time since the server started, in microseconds.
 * @property {number} rssBytes Resident set size now.
 * @property {number} longestStallMs The longest the server's thread stood still since the previous reading
 *   (see `watchEventLoopStalls`).
 */

/**
 * @typedef {object} ServerProcess
 * @property {ServerKind} kind
 * @property {string} url Always on 127.0.0.1.
 * @property {(options?: { collectGarbage?: boolean }) => Promise<ServerUsage>} usage
 * @property {() => Promise<void>} stop Stops the server and removes its temp directory.
 */

const ENTRY_FILES = {
  bare: fileURLToPath(new URL('./bare-relay-server.js', import.meta.url)),
  switchboard: fileURLToPath(new URL('./switchboard-server.js', import.meta.url)),
};
/** How long a server may take to listen; the Switchboard child also loads the knowledge base. */
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const USAGE_TIMEOUT_MS = 30_000;

/**
 * V8 starts a process's young generation small and doubles it as objects survive, up to a maximum that
 * depends on the Node version (16 MiB per semi-space on Node 20). A relay under load reaches it within
 * seconds, but memory readings taken while it grows see it jump at whichever count happens to cross a step.
 * A minimum above any default maximum is capped at the maximum, so this flag makes it full-sized from the
 * start on every version. Only for memory readings: the other figures keep V8's own sizing, as a relay in
 * production has it.
 */
const FULL_YOUNG_GENERATION = '--min-semi-space-size=1024';

/** @type {Set<() => void>} How to kill every server still running, so an interrupted run stops them all. */
const running = new Set();

/** Kills every server still running, at once: for exits and signals, where there is no time to wait. */
export function killAllServers() {
  for (const stop of running) stop();
}

/**
 * @param {ServerKind} kind
 * @param {Record<string, unknown>} config Passed to the child; `directory` is added.
 * @param {object} [options]
 * @param {boolean} [options.isForMemoryReadings] Starts V8's young generation at its full size.
 * @returns {Promise<ServerProcess>}
 */
export async function startServerProcess(kind, config, { isForMemoryReadings = false } = {}) {
  const directory = mkdtempSync(join(tmpdir(), `switchboard-bench-${kind}-`));
  const child = fork(ENTRY_FILES[kind], [JSON.stringify({ ...config, directory })], {
    execArgv: ['--expose-gc', ...(isForMemoryReadings ? [FULL_YOUNG_GENERATION] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const killNow = () => {
    child.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  };
  running.add(killNow);
  /** @type {Map<number, { resolve: (usage: ServerUsage) => void, reject: (error: Error) => void }>} */
  const pendingUsage = new Map();
  // A server that dies mid-run fails what waits on it at once, instead of at its timeout.
  child.once('exit', (code, signal) => {
    for (const { reject } of pendingUsage.values()) {
      reject(new Error(`The ${kind} server exited (${signal ?? code}).`));
    }
    pendingUsage.clear();
  });
  let nextId = 0;

  /** @param {ToServer} message */
  const tell = (message) => child.send(message);

  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The ${kind} server did not start in time.`)),
      START_TIMEOUT_MS,
    );
    child.once('exit', (code) => reject(new Error(`The ${kind} server exited while starting (${code}).`)));
    child.on('message', (/** @type {FromServer} */ message) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve(message.url);
      } else if (message.type === 'failed') {
        reject(new Error(`The ${kind} server failed to start:\n${message.message}`));
      } else {
        const { cpuMicros, rssBytes, longestStallMs } = message;
        pendingUsage.get(message.id)?.resolve({ cpuMicros, rssBytes, longestStallMs });
        pendingUsage.delete(message.id);
      }
    });
  }).catch((error) => {
    killNow();
    running.delete(killNow);
    throw error;
  });

  return {
    kind,
    url,
    usage({ collectGarbage = false } = {}) {
      return new Promise((resolve, reject) => {
        if (!child.connected) {
          reject(new Error(`The ${kind} server is not running.`));
          return;
        }
        const id = nextId++;
        const timer = setTimeout(
          () => reject(new Error(`The ${kind} server did not report usage.`)),
          USAGE_TIMEOUT_MS,
        );
        pendingUsage.set(id, {
          resolve(usage) {
            clearTimeout(timer);
            resolve(usage);
          },
          reject(error) {
            clearTimeout(timer);
            reject(error);
          },
        });
        tell({ type: 'usage', id, collectGarbage });
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        tell({ type: 'stop' });
        await exited;
        clearTimeout(timer);
      }
      rmSync(directory, { recursive: true, force: true });
      running.delete(killNow);
    },
  };
}
