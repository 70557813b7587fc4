/**
 * The relay under test as a real child process: `node dist/server/main.js` on a loopback port with its own
 * store (a SQLite file, or a PostgreSQL schema shared with other relay processes). It can be SIGKILLed at any
 * moment, as a crash or an OOM kill would, and restarted on the same port and store, so whatever the store
 * committed before the kill is what the restarted relay serves.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** How long a (re)started relay may take to answer `/healthz`. */
const START_TIMEOUT_MS = 60_000;
/** How long a relay asked to stop gracefully may take before it is killed. */
const STOP_TIMEOUT_MS = 10_000;
const HEALTH_POLL_MS = 50;

/**
 * @typedef {object} RelayProcess
 * @property {string} url The relay's base URL, always on 127.0.0.1.
 * @property {() => boolean} isRunning
 * @property {() => Promise<void>} start Starts the relay and resolves once `/healthz` answers.
 * @property {() => Promise<void>} kill SIGKILLs the relay and resolves once it has exited.
 * @property {() => Promise<void>} stop Stops the relay gracefully (SIGTERM), killing it if it hangs.
 */

/** Asks the kernel for a free loopback port. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {object} options
 * @param {string} options.root The repository root, where dist/ is.
 * @param {number} options.port
 * @param {string} options.databaseUrl The relay's DATABASE_URL.
 * @param {Record<string, string>} [options.env] More settings, such as REDIS_URL.
 * @param {string} options.logFile Where the relay's stdout and stderr go, appended across restarts.
 * @param {{ email: string, password: string }} options.admin
 * @returns {RelayProcess}
 */
export function createRelayProcess({ root, port, databaseUrl, env = {}, logFile, admin }) {
  const url = `http://127.0.0.1:${port}`;
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null;
  /** @type {Promise<void>} */
  let exited = Promise.resolve();

  function logTail() {
    try {
      return readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    } catch {
      return '(no log)';
    }
  }

  async function waitUntilHealthy() {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (child === null) throw new Error(`The relay exited while starting:\n${logTail()}`);
      try {
        const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      await sleep(HEALTH_POLL_MS);
    }
    throw new Error(`The relay did not answer /healthz within ${START_TIMEOUT_MS} ms:\n${logTail()}`);
  }

  /** @param {NodeJS.Signals} name */
  async function signal(name) {
    if (child === null) return;
    child.kill(name);
    await exited;
  }

  return {
    url,
    isRunning: () => child !== null,

    async start() {
      if (child !== null) throw new Error('The relay is already running.');
      const log = openSync(logFile, 'a');
      const started = spawn(process.execPath, [join(root, 'dist', 'server', 'main.js')], {
        cwd: root,
        env: {
          ...process.env,
          PORT: String(port),
          DATABASE_URL: databaseUrl,
          SWITCHBOARD_ADMIN_EMAIL: admin.email,
          SWITCHBOARD_ADMIN_PASSWORD: admin.password,
          // The harness measures delivery, not throttling: its simulated crowd shares one loopback address.
          SWITCHBOARD_RATE_LIMIT_SCALE: '0',
          ...env,
        },
        stdio: ['ignore', log, log],
      });
      closeSync(log);
      child = started;
      exited = new Promise((resolve) => {
        started.once('exit', () => {
          if (child === started) child = null;
          resolve();
        });
      });
      await waitUntilHealthy();
    },

    kill: () => signal('SIGKILL'),

    async stop() {
      if (child === null) return;
      const running = child;
      const timer = setTimeout(() => running.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await signal('SIGTERM');
      clearTimeout(timer);
    },
  };
}
