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
import { writeInOrder } from './in-order-commit.js';
import { createKyselyStore } from './kysely-store.js';
import { openSqliteConnection } from './sqlite-connection.js';
import { createTurnBatch } from './turn-batch.js';

const { filename } = workerData as CommitWorkerData;
const { db, database } = openSqliteConnection(filename);
const store = createKyselyStore(db, { batchWriter: writeInOrder(database) });
const port = parentPort!;
/** A batch's results resolve together, and go back grouped (see `createTurnBatch`). */
const answer = createTurnBatch((answers: FromCommitWorker[]) => port.postMessage(answers));

/** Does `task` with the store on this thread's connection. */
function perform(task: CommitWorkerTask): Promise<unknown> {
  if (task.kind === 'commit') return store.commit(task.request);
  const write = store[task.method] as (...args: unknown[]) => Promise<unknown>;
  return write.apply(store, task.args);
}

port.on('message', (tasks: ToCommitWorker[]) => {
  for (const { id, task } of tasks) {
    perform(task).then(
      (result) => answer({ id, result }),
      (error: unknown) => answer({ id, error: error instanceof Error ? error.message : String(error) }),
    );
  }
});
