import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSchema, type TestSchema } from '../../scripts/cluster/test-schema.js';
import { NEW_CONVERSATION_CONTROL } from '../conversation/conversation-control.js';
import { newConversation } from '../testing/stored-conversations.js';
import { commitBatch } from './commit-batch.js';
import type { Database } from './database.js';
import { createKyselyStore } from './kysely-store.js';
import { writeSetWise } from './set-wise-commit.js';
import type { CommitRequest, NewEntry, Store } from './store.js';

const AT = Date.UTC(2026, 10, 24);
const { version: _version, ...control } = NEW_CONVERSATION_CONTROL;

let schema: TestSchema;
let db: Kysely<Database>;
let store: Store;

beforeAll(async () => {
  schema = await createTestSchema('set_wise');
  db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new Pool({ connectionString: schema.url }) }),
  });
  // The store's own methods set the scene; the batch below is written by writeSetWise alone, without the
  // batcher's retry of a failed batch one request at a time, which would hide a batch that fails.
  store = createKyselyStore(db, { batchWriter: writeSetWise });
  await store.migrate();
  await store.upsertSite({ id: 'shop', name: 'Shop', allowedOrigins: [], createdAt: AT });
  for (const id of ['1', '2']) {
    await newConversation(store, { id: `conversation-${id}`, siteId: 'shop', at: AT });
  }
});

afterAll(async () => {
  await store.close();
  await schema.drop();
});

function message(conversationId: string, text: string, clientId: string, expectedVersion: number) {
  const entry: NewEntry = { kind: 'visitor_message', text, clientId };
  return { conversationId, expectedVersion, control, entries: [entry], at: AT + 1 } satisfies CommitRequest;
}

describe('writeSetWise', () => {
  it('writes one conversation’s several requests, a resend and a stale one in one batch, as one by one', async () => {
    const results = await commitBatch(db, writeSetWise, [
      message('conversation-1', 'one', 'client-1', 0),
      message('conversation-2', 'elsewhere', 'client-1', 0),
      message('conversation-1', 'two', 'client-2', 1),
      message('conversation-1', 'one', 'client-1', 2),
      message('conversation-1', 'late', 'client-3', 1),
    ]);

    expect(results).toMatchObject([
      { status: 'committed', entries: [{ seq: 1, text: 'one' }], conversation: { version: 1 } },
      { status: 'committed', entries: [{ seq: 1, text: 'elsewhere' }] },
      {
        status: 'committed',
        entries: [{ seq: 2 }],
        conversation: { version: 2, lastSeq: 2, preview: 'two' },
      },
      { status: 'duplicate', entry: { seq: 1, clientId: 'client-1' } },
      { status: 'conflict' },
    ]);
    const stored = await store.readEntries('conversation-1', 0, 100);
    expect(stored.map((entry) => 'text' in entry && entry.text)).toEqual(['one', 'two']);
  });
});
