import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NEW_CONVERSATION_CONTROL } from '../conversation/conversation-control.js';
import { knowledgeDocument } from '../testing/knowledge-documents.js';
import { newConversation } from '../testing/stored-conversations.js';
import { startCommitWorker } from './commit-worker.js';
import { openSqliteStore } from './sqlite-store.js';
import type { CommitRequest, StoredConversation, Store } from './store.js';

const directory = mkdtempSync(join(tmpdir(), 'switchboard-commit-worker-'));
let fileCount = 0;

afterAll(() => rmSync(directory, { recursive: true, force: true }));

const { version: _version, ...botControl } = NEW_CONVERSATION_CONTROL;

async function storeWithConversations(count: number): Promise<[Store, StoredConversation[]]> {
  const store = openSqliteStore(join(directory, `store-${++fileCount}.sqlite`));
  await store.migrate();
  await store.upsertSite({ id: 'shop', name: 'Shop', allowedOrigins: [], createdAt: 1 });
  const conversations: StoredConversation[] = [];
  for (let index = 0; index < count; index++) {
    conversations.push(await newConversation(store, { id: `c${index}`, siteId: 'shop', at: 1 }));
  }
  return [store, conversations];
}

function messageTo(conversation: StoredConversation, ...clientIds: string[]): CommitRequest {
  return {
    conversationId: conversation.id,
    expectedVersion: conversation.version,
    control: botControl,
    entries: clientIds.map((clientId) => ({ kind: 'visitor_message', text: 'Hello', clientId })),
    at: 2,
  };
}

describe('the SQLite file store’s commit worker', () => {
  it('rejects a commit the database refuses with its error, and still commits its neighbours', async () => {
    const [store, [first, second, third]] = await storeWithConversations(3);
    // Two entries with one client id break the log's unique client ids: only the database can refuse it.
    const outcomes = await Promise.allSettled([
      store.commit(messageTo(first!, 'a')),
      store.commit(messageTo(second!, 'same', 'same')),
      store.commit(messageTo(third!, 'c')),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE constraint failed/);
    expect(await store.readEntries('c0', 0, 10)).toHaveLength(1);
    expect(await store.readEntries('c1', 0, 10)).toEqual([]);
    expect(await store.readEntries('c2', 0, 10)).toHaveLength(1);
    await store.close();
  });

  it('lets the store’s own read-then-write transactions run while the worker commits', async () => {
    const [store, conversations] = await storeWithConversations(20);
    // Each knowledge sync reads the stored documents, then writes them, on the store's connection, while the
    // worker writes to the same file: without a write lock taken when the transaction begins, a commit
    // between the read and the write fails the sync at once.
    const work: Promise<unknown>[] = [];
    for (let round = 0; round < 10; round++) {
      for (const [index, conversation] of conversations.entries()) {
        work.push(
          store.commit(messageTo(conversation, `m${round}`)).then((result) => {
            if (result.status === 'committed') conversations[index] = result.conversation;
          }),
        );
        work.push(
          store.syncKnowledge(
            'shop',
            [knowledgeDocument('faq.md', `We deliver everywhere (version ${round}-${index}).`)],
            round,
          ),
        );
      }
      await Promise.all(work);
    }

    for (const conversation of conversations) {
      expect(await store.readEntries(conversation.id, 0, 20)).toHaveLength(10);
    }
    await store.close();
  });

  it('does the relay’s sweep on its own thread, answering what the store would', async () => {
    const [store] = await storeWithConversations(0);
    const runner = startCommitWorker(join(directory, `store-${fileCount}.sqlite`));

    await runner.writes.heartbeatNode('node-1', 5);

    // The store (on a worker of its own) finds the node alive at 5; the runner reaps it once silent at 6.
    expect(await store.reapSilentNodes(5)).toBe(0);
    expect(await runner.writes.reapSilentNodes(6)).toBe(1);
    expect(await store.reapSilentNodes(6)).toBe(0);
    await runner.close();
    await store.close();
  });

  it('fails the writes under way when its worker stops, and starts another for the next', async () => {
    // A folder is no database: each worker stops as soon as it tries to open it.
    const runner = startCommitWorker(directory);
    const conversation = { id: 'c', version: 0 } as StoredConversation;

    await expect(runner.commit(messageTo(conversation, 'a'))).rejects.toThrow(/stopped: SQLITE_CANTOPEN/);
    await expect(runner.writes.heartbeatNode('node-1', 1)).rejects.toThrow(/stopped: SQLITE_CANTOPEN/);
    await expect(runner.commit(messageTo(conversation, 'b'))).rejects.toThrow(/stopped: SQLITE_CANTOPEN/);
    await runner.close();
  });

  it('refuses commits once the store is closed', async () => {
    const [store, [conversation]] = await storeWithConversations(1);
    await store.close();

    await expect(store.commit(messageTo(conversation!, 'late'))).rejects.toThrow(/closed/);
  });
});
