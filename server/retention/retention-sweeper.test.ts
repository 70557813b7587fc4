import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetentionDeletionsResponse } from '../../protocol/http-api.js';
import { createLogger } from '../logger.js';
import { conversationWith, said } from '../testing/stored-conversations.js';
import { apiClient, type ApiClient } from '../testing/api-client.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { ADMIN, SITE_ID, startHarness, type Harness } from '../testing/switchboard-harness.js';
import { DAY_MS } from './retention-sweeper.js';

// Each process also sweeps by itself a few seconds after it starts: the tests check what the store and the
// logs hold afterwards, whichever sweep did the work.
let harness: Harness;
let admin: ApiClient;
let logs: string[];

beforeEach(async () => {
  logs = [];
  harness = await startHarness(createScriptedBot({}).bot, {
    logger: createLogger({ level: 'info', write: (line: string) => logs.push(line) }),
  });
  admin = apiClient(harness.switchboard.url, await harness.signIn(ADMIN.email, ADMIN.password));
});

afterEach(async () => {
  await harness.close();
});

/** A conversation whose last entry is `daysAgo` days old. */
function conversationFrom(id: string, daysAgo: number) {
  return conversationWith(harness.store, {
    id,
    siteId: SITE_ID,
    at: Date.now() - daysAgo * DAY_MS,
    entries: [said('My order number is 1234'), said('It has not arrived')],
  });
}

describe('retention', () => {
  it('keeps every conversation while the site has no retention', async () => {
    await conversationFrom('ancient', 4000);
    await harness.switchboard.retention.sweep();
    expect(await harness.store.findConversation('ancient')).not.toBeNull();
    expect(await harness.store.listRetentionDeletions(SITE_ID, 10)).toEqual([]);
  });

  it('deletes conversations idle longer than the site keeps them, and keeps recent ones', async () => {
    await conversationFrom('old', 31);
    await conversationFrom('older', 90);
    await conversationFrom('recent', 29);
    expect((await admin('PUT', `/api/sites/${SITE_ID}/retention`, { retentionDays: 30 })).status).toBe(200);

    await harness.switchboard.retention.sweep();
    expect(await harness.store.findConversation('old')).toBeNull();
    expect(await harness.store.findConversation('older')).toBeNull();
    expect(await harness.store.readEntries('old', 0, 10)).toEqual([]);
    expect(await harness.store.findConversation('recent')).not.toBeNull();

    expect(await harness.switchboard.retention.sweep()).toEqual([]);
    expect(await harness.store.listRetentionDeletions(SITE_ID, 10)).toMatchObject([
      { siteId: SITE_ID, conversations: 2, entries: 4, webhookDeliveries: 0 },
    ]);
  });

  it('records each deletion for admins, and logs its counts without any content', async () => {
    await conversationFrom('old', 8);
    await admin('PUT', `/api/sites/${SITE_ID}/retention`, { retentionDays: 7 });
    await harness.switchboard.retention.sweep();

    const listed = await admin('GET', `/api/sites/${SITE_ID}/retention-deletions`);
    const [record, ...others] = (listed.body as RetentionDeletionsResponse).deletions;
    expect(others).toEqual([]);
    expect(record).toMatchObject({ siteId: SITE_ID, conversations: 1, entries: 2 });
    const lines = logs.filter((line) => line.includes('retention deleted conversations'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      level: 'info',
      siteId: SITE_ID,
      conversations: 1,
      entries: 2,
      retentionDays: 7,
      deletionId: record?.id,
    });
    expect(logs.join('\n')).not.toMatch(/order number|arrived|visitor-old/);
  });
});
