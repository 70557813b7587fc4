/**
 * The commit worker's thread (see `startCommitWorker`): the SQLite file store's commits, on a connection of
 * its own, grouped as they arrive into one transaction per batch (see `createCommitBatcher`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { commitBatch } from './commit-batch.js';
import { createCommitBatcher } from './commit-batcher.js';
import { commitQueries } from './commit-queries.js';
import type { CommitWorkerData, FromCommitWorker, ToCommitWorker } from './commit-worker.js';
import { createQueryTemplates } from './query-template.js';
import { openSqliteConnection } from './sqlite-connection.js';

const { filename } = workerData as CommitWorkerData;
const db = openSqliteConnection(filename);
const queries = commitQueries(createQueryTemplates());
const commit = createCommitBatcher((requests) => commitBatch(db, queries, requests));
const port = parentPort!;

port.on('message', ({ id, request }: ToCommitWorker) => {
  commit(request).then(
    (result) => port.postMessage({ id, result } satisfies FromCommitWorker),
    (error: unknown) =>
      port.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies FromCommitWorker),
  );
});
