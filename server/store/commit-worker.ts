import { Worker } from 'node:worker_threads';
import type { CommitRequest, CommitResult } from './store.js';

/** Commits, and the relay's heartbeats, run somewhere other than the store's own connection. */
export interface CommitRunner {
  /** Resolves once the commit is durable, as `Store.commit` does. */
  commit(request: CommitRequest): Promise<CommitResult>;
  /** Records that a relay process is alive, as `Store.heartbeatNode` does. */
  heartbeat(nodeId: string, at: number): Promise<void>;
  /** Stops it; commits and heartbeats still under way are rejected. */
  close(): Promise<void>;
}

export interface CommitWorkerData {
  filename: string;
}
/** What the worker is asked to write: a commit, whose result it answers, or a heartbeat. */
export type CommitWorkerTask =
  | { kind: 'commit'; request: CommitRequest }
  | { kind: 'heartbeat'; nodeId: string; at: number };
export interface ToCommitWorker {
  id: number;
  task: CommitWorkerTask;
}
/** A commit's result, or `null` for a heartbeat. */
export type FromCommitWorker = { id: number; result: CommitResult | null } | { id: number; error: string };

interface Waiting {
  resolve: (result: CommitResult | null) => void;
  reject: (error: Error) => void;
}

interface RunningWorker {
  thread: Worker;
  /** Its commits under way, by id. */
  pending: Map<number, Waiting>;
}

/**
 * Under Vitest the store runs from its TypeScript sources, which a worker thread cannot load with Node's own
 * loader: there the worker gets hooks that compile each source as it loads (server/testing/).
 */
const isRunningFromSources = import.meta.url.endsWith('.ts');
const WORKER_ENTRY = new URL(`./sqlite-commit-worker.${isRunningFromSources ? 'ts' : 'js'}`, import.meta.url);
const WORKER_EXEC_ARGV = isRunningFromSources
  ? ['--import', new URL('../testing/register-typescript-hooks.js', import.meta.url).href]
  : [];

/**
 * The SQLite file store's commits, on a worker thread with a connection of its own. better-sqlite3 is
 * synchronous: on the relay's thread, each batch's statements and its COMMIT's disk sync (`synchronous =
 * FULL`) stopped every socket for as long as they took, about a third of the relay's time at saturation
 * in `npm run bench`. Each commit is posted to the worker as it comes, and the worker groups those that
 * arrive while it writes into its next transaction; the relay reads and writes sockets meanwhile, and a
 * commit still resolves only once its batch is durable.
 *
 * The relay's heartbeat, once a second, is written here too. On the relay's thread it had to wait for the
 * worker's write lock, and SQLite waits for a lock by sleeping: at saturation the heartbeat held every socket
 * still for up to 9 ms (`npm run bench`'s load, 200 pairs).
 *
 * The worker starts at once, so the first message does not wait for it. One that stops unexpectedly fails
 * the commits under way (each may or may not have been written; a resend is recognised by its client id
 * either way), and a new one starts for the next commit.
 */
export function startCommitWorker(filename: string): CommitRunner {
  let current: RunningWorker | null = null;
  let isClosed = false;
  let nextId = 0;

  /**
   * The commit `id` waits no more. An idle worker does not keep the process alive, as an idle connection
   * does not; a commit under way does.
   */
  function take(worker: RunningWorker, id: number): Waiting | undefined {
    const waiting = worker.pending.get(id);
    worker.pending.delete(id);
    if (worker.pending.size === 0) worker.thread.unref();
    return waiting;
  }

  /** The worker is stopping: its commits under way fail, and the next commit starts another. */
  function stopped(worker: RunningWorker, error: Error): void {
    if (current === worker) current = null;
    for (const id of worker.pending.keys()) take(worker, id)?.reject(error);
  }

  function running(): RunningWorker {
    if (current) return current;
    const worker: RunningWorker = {
      thread: new Worker(WORKER_ENTRY, {
        workerData: { filename } satisfies CommitWorkerData,
        execArgv: WORKER_EXEC_ARGV,
      }),
      pending: new Map(),
    };
    worker.thread.unref();
    worker.thread.on('message', (message: FromCommitWorker) => {
      const waiting = take(worker, message.id);
      if ('error' in message) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.result);
    });
    worker.thread.on('error', (error: unknown) =>
      stopped(worker, new Error(`The commit worker stopped: ${describeWorkerError(error)}`)),
    );
    worker.thread.on('exit', (code) =>
      stopped(worker, new Error(`The commit worker stopped (exit code ${code}).`)),
    );
    current = worker;
    return worker;
  }

  /** Posts `task` to the worker; resolves with its answer once the worker has written it. */
  function send(task: CommitWorkerTask): Promise<CommitResult | null> {
    if (isClosed) return Promise.reject(new Error('The store is closed.'));
    return new Promise((resolve, reject) => {
      const id = nextId++;
      const worker = running();
      if (worker.pending.size === 0) worker.thread.ref();
      worker.pending.set(id, { resolve, reject });
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker has no origin
      worker.thread.postMessage({ id, task } satisfies ToCommitWorker);
    });
  }

  running();
  return {
    // The worker answers a commit with its result (see FromCommitWorker).
    commit: (request) => send({ kind: 'commit', request }) as Promise<CommitResult>,
    async heartbeat(nodeId, at) {
      await send({ kind: 'heartbeat', nodeId, at });
    },
    async close() {
      isClosed = true;
      await current?.thread.terminate();
    },
  };
}

/** What a worker's uncaught error says: an Error subclass, such as SqliteError, crosses as a plain object. */
function describeWorkerError(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  if (typeof error === 'object' && error !== null && 'code' in error) return String(error.code);
  return String(error);
}
