import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NEW_CONVERSATION_CONTROL } from '../conversation/conversation-control.js';
import { newConversation } from '../testing/stored-conversations.js';
import { commitBatch } from './commit-batch.js';
import { writeInOrder } from './in-order-commit.js';
import { createKyselyStore } from './kysely-store.js';
import { openSqliteConnection, type SqliteConnection } from './sqlite-connection.js';
import type { CommitRequest, Store } from './store.js';

const AT = Date.UTC(2026, 10, 25);
const { version: _version, ...control } = NEW_CONVERSATION_CONTROL;

let connection: SqliteConnection;
let store: Store;

beforeEach(async () => {
  connection = openSqliteConnection(':memory:');
  store = createKyselyStore(connection.db, { batchWriter: writeInOrder(connection.database) });
  await store.migrate();
  await store.upsertSite({ id: 'shop', name: 'Shop', allowedOrigins: [], createdAt: AT });
  await newConversation(store, { id: 'conversation-1', siteId: 'shop', at: AT });
});

afterEach(() => store.close());

function message(text: string, clientId: string, expectedVersion: number): CommitRequest {
  return {
    conversationId: 'conversation-1',
    expectedVersion,
    control,
    entries: [{ kind: 'visitor_message', text, clientId }],
    at: AT + 1,
  };
}

describe('writeInOrder', () => {
  it('writes inside the batch’s transaction, so a batch that fails after it leaves nothing behind', async () => {
    const write = writeInOrder(connection.database);
    const failsAfterWriting = commitBatch(
      connection.db,
      async (transaction, requests) => {
        expect(await write(transaction, requests)).toMatchObject([{ status: 'committed' }]);
        throw new Error('the batch fails after its statements ran');
      },
      [message('lost with its batch', 'client-1', 0)],
    );

    await expect(failsAfterWriting).rejects.toThrow('the batch fails after its statements ran');
    expect(await store.readEntries('conversation-1', 0, 100)).toEqual([]);
    expect(await store.findConversation('conversation-1')).toMatchObject({ version: 0, lastSeq: 0 });
  });

  it('gives each request of a batch the result it would get alone, in arrival order', async () => {
    const results = await commitBatch(connection.db, writeInOrder(connection.database), [
      message('one', 'client-1', 0),
      message('two', 'client-2', 1),
      message('one', 'client-1', 2),
      message('late', 'client-3', 1),
    ]);

    expect(results).toMatchObject([
      { status: 'committed', entries: [{ seq: 1, text: 'one' }] },
      { status: 'committed', entries: [{ seq: 2, text: 'two' }], conversation: { version: 2, lastSeq: 2 } },
      { status: 'duplicate', entry: { seq: 1, clientId: 'client-1' } },
      { status: 'conflict' },
    ]);
  });
});
