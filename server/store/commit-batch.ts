import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { CommitRequest, CommitResult } from './store.js';
import { enqueueWebhookDeliveries } from './webhook-outbox.js';

/**
 * Writes a batch's requests inside its transaction: each its own compare-and-set, in arrival order within a
 * conversation, with the result it would get alone, at its index. Where the engine locks rows, every
 * process locks a batch's conversations in id order, so two processes' batches cannot deadlock.
 */
export type BatchWriter = (
  transaction: Kysely<Database>,
  requests: readonly CommitRequest[],
) => Promise<CommitResult[]>;

/**
 * Commits a batch of requests in one transaction, written by `write`, with the webhook outbox rows for what
 * was committed. Whichever thread runs it, it resolves only once the transaction is durable.
 */
export function commitBatch(
  db: Kysely<Database>,
  write: BatchWriter,
  requests: readonly CommitRequest[],
): Promise<CommitResult[]> {
  return db.transaction().execute(async (transaction) => {
    const results = await write(transaction, requests);
    // The outbox rows commit with the entries they report, or not at all: no event is lost to a crash
    // between a commit and its enqueueing.
    await enqueueWebhookDeliveries(
      transaction,
      results.flatMap((result) => (result.status === 'committed' ? [result] : [])),
    );
    return results;
  });
}
