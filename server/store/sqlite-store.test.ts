import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite-store.js';
import { describeStoreContract } from './store.contract.js';

const directory = mkdtempSync(join(tmpdir(), 'switchboard-store-'));
let fileCount = 0;

afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function openFreshStore() {
  const store = openSqliteStore(join(directory, `store-${++fileCount}.sqlite`));
  await store.migrate();
  return store;
}

describeStoreContract('SQLite', openFreshStore);

describe('SQLite store', () => {
  it('keeps committed entries when the file is reopened', async () => {
    const filename = join(directory, 'reopen.sqlite');
    const first = openSqliteStore(filename);
    await first.migrate();
    await first.upsertSite({ id: 'shop', name: 'Shop', allowedOrigins: [], createdAt: 1 });
    await first.createVisitor({ id: 'v', siteId: 'shop', tokenHash: 't', createdAt: 1 });
    const conversation = await first.ensureConversation({
      id: 'c',
      siteId: 'shop',
      visitorId: 'v',
      visitor: { pageUrl: null, pageTitle: null, referrer: null, locale: null },
      at: 1,
    });
    await first.commit({
      conversationId: conversation.id,
      expectedVersion: 0,
      control: { ...conversation, state: 'bot' },
      entries: [{ kind: 'visitor_message', text: 'kept', clientId: 'x' }],
      at: 2,
    });
    await first.close();

    const second = openSqliteStore(filename);
    await second.migrate();
    expect(await second.readEntries('c', 0, 10)).toMatchObject([{ seq: 1, text: 'kept' }]);
    await second.close();
  });
});
