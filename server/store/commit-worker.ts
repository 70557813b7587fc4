import { Worker } from 'node:worker_threads';
import { createTurnBatch } from './turn-batch.js';
import type { CommitRequest, CommitResult, Store } from './store.js';

/**
 * The store's writes that run on the worker besides commits: the relay's sweep, every second, whose writes
 * would otherwise wait on the relay's thread for the worker's write lock (see `startCommitWorker`). The
 * writes made as sockets connect (a new visitor, an agent's connection) wait there too, but moving them cost
 * more than it saved: with a new visitor's row written by the worker, `npm run bench`'s memory per idle
 * visitor rose from 14 to 26 kB at 1,000 visitors.
 */
export const WORKER_WRITES = ['heartbeatNode', 'reapSilentNodes'] as const satisfies readonly (keyof Store)[];
export type WorkerWrite = (typeof WORKER_WRITES)[number];

/** Commits, and the writes in WORKER_WRITES, run somewhere other than the store's own connection. */
export interface CommitRunner {
  /** Resolves once the commit is durable, as `Store.commit` does. */
  commit(request: CommitRequest): Promise<CommitResult>;
  /** The writes in WORKER_WRITES, each resolving as the store's own does. */
  writes: Pick<Store, WorkerWrite>;
  /** Stops it; commits and writes still under way are rejected. */
  close(): Promise<void>;
}

export interface CommitWorkerData {
  filename: string;
}
/** What the worker is asked to do: a commit, or one of the writes in WORKER_WRITES with its arguments. */
export type CommitWorkerTask =
  | { kind: 'commit'; request: CommitRequest }
  | { kind: 'write'; method: WorkerWrite; args: unknown[] };
/** A task as posted; each message to the worker is an array of these, and each back an array of answers. */
export interface ToCommitWorker {
  id: number;
  task: CommitWorkerTask;
}
/** The task's answer: a commit's result, or what the write resolved with. */
export type FromCommitWorker = { id: number; result: unknown } | { id: number; error: string };

interface Waiting {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

interface RunningWorker {
  thread: Worker;
  /** Posts a task to the thread, grouped with others (see `createTurnBatch`). */
  post: (message: ToCommitWorker) => void;
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
 * in `npm run bench`. Commits are posted to the worker as they come, a few to a message (see
 * `createTurnBatch`), and the worker groups those that arrive while it writes into its next transaction; the
 * relay reads and writes sockets meanwhile, and a commit still resolves only once its batch is durable.
 *
 * The relay's sweep writes here too (WORKER_WRITES), after the batch being written. On the relay's own
 * connection each of its writes had to wait for the worker's write lock, and SQLite waits for a lock by
 * sleeping: under `npm run bench`'s load (200 pairs) the heartbeat and the reaping of silent processes, every
 * second, held every socket still for up to 8.6 ms and 18 ms.
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
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker has no origin
      post: createTurnBatch((tasks: ToCommitWorker[]) => worker.thread.postMessage(tasks)),
      pending: new Map(),
    };
    worker.thread.unref();
    worker.thread.on('message', (answers: FromCommitWorker[]) => {
      for (const answer of answers) {
        const waiting = take(worker, answer.id);
        if ('error' in answer) waiting?.reject(new Error(answer.error));
        else waiting?.resolve(answer.result);
      }
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

  /** Posts `task` to the worker; resolves with its answer once the worker has done it. */
  function send(task: CommitWorkerTask): Promise<unknown> {
    if (isClosed) return Promise.reject(new Error('The store is closed.'));
    return new Promise((resolve, reject) => {
      const id = nextId++;
      const worker = running();
      if (worker.pending.size === 0) worker.thread.ref();
      worker.pending.set(id, { resolve, reject });
      worker.post({ id, task });
    });
  }

  running();
  return {
    // The worker answers each task with what the store's own method resolved with.
    commit: (request) => send({ kind: 'commit', request }) as Promise<CommitResult>,
    writes: Object.fromEntries(
      WORKER_WRITES.map((method) => [method, (...args: unknown[]) => send({ kind: 'write', method, args })]),
    ) as unknown as Pick<Store, WorkerWrite>,
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
