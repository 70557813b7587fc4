/**
 * The commit worker's thread (see `startCommitWorker`): the SQLite file store's commits, on a connection of
 * its own, grouped as they arrive into one transaction per batch (see `createCommitBatcher`), and the relay's
 * heartbeats.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { commitBatch } from './commit-batch.js';
import { createCommitBatcher } from './commit-batcher.js';
import { commitQueries } from './commit-queries.js';
import type {
  CommitWorkerData,
  CommitWorkerTask,
  FromCommitWorker,
  ToCommitWorker,
} from './commit-worker.js';
import { recordHeartbeat } from './node-heartbeat.js';
import { createQueryTemplates } from './query-template.js';
import { openSqliteConnection } from './sqlite-connection.js';
import type { CommitResult } from './store.js';

const { filename } = workerData as CommitWorkerData;
const db = openSqliteConnection(filename);
const queries = commitQueries(createQueryTemplates());
const commit = createCommitBatcher((requests) => commitBatch(db, queries, requests));
const port = parentPort!;

/** Does `task` on this thread's connection; a heartbeat waits only for the batch being written. */
function perform(task: CommitWorkerTask): Promise<CommitResult | null> {
  if (task.kind === 'commit') return commit(task.request);
  return recordHeartbeat(db, task.nodeId, task.at).then(() => null);
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
