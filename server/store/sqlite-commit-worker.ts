/**
 * The commit worker's thread (see `startCommitWorker`): the SQLite file store's own implementation, on a
 * connection of its own, which groups commits as they arrive into one transaction per batch (see
 * `createCommitBatcher`) and runs the writes in WORKER_WRITES between batches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type {
  CommitWorkerData,
  CommitWorkerTask,
  FromCommitWorker,
  ToCommitWorker,
} from './commit-worker.js';
import { createKyselyStore } from './kysely-store.js';
import { openSqliteConnection } from './sqlite-connection.js';

const { filename } = workerData as CommitWorkerData;
const store = createKyselyStore(openSqliteConnection(filename));
const port = parentPort!;

/** Does `task` with the store on this thread's connection. */
function perform(task: CommitWorkerTask): Promise<unknown> {
  if (task.kind === 'commit') return store.commit(task.request);
  const write = store[task.method] as (...args: unknown[]) => Promise<unknown>;
  return write.apply(store, task.args);
}

port.on('message', ({ id, task }: ToCommitWorker) => {
  perform(task).then(
    (result) => port.postMessage({ id, result } satisfies FromCommitWorker),
    (error: unknown) =>
      port.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies FromCommitWorker),
  );
});
