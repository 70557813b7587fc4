import { createKyselyStore } from './kysely-store.js';
import { startCommitWorker } from './commit-worker.js';
import { writeInOrder } from './in-order-commit.js';
import { openSqliteConnection } from './sqlite-connection.js';
import type { Store } from './store.js';

/**
 * The default store: one SQLite file, zero configuration. The chat's commits, and the relay's sweep's writes
 * (WORKER_WRITES), run on a worker thread with a connection of their own (see `startCommitWorker`);
 * everything else runs on this one. An in-memory database exists only on its connection, so its writes stay
 * there.
 */
export function openSqliteStore(filename: string): Store {
  const { db, database } = openSqliteConnection(filename);
  return createKyselyStore(
    db,
    filename === ':memory:'
      ? { batchWriter: writeInOrder(database) }
      : { commits: startCommitWorker(filename) },
  );
}
