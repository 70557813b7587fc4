/**
 * The part of the store contract that Insights reads through: a site's conversation logs within a time
 * range, page by page, and the list of sites.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NEW_CONVERSATION_CONTROL } from '../conversation/conversation-control.js';
import type { ConversationLog, Store } from './store.js';

const AT = 1_700_000_000_000;
const MINUTE_MS = 60_000;
const { version: _version, ...botControl } = NEW_CONVERSATION_CONTROL;

/** The texts of each log's entries, by conversation, to compare pages by what they hold. */
function textsOf(logs: ConversationLog[]): [string, string[]][] {
  return logs.map((log) => [
    log.conversationId,
    log.entries.map((entry) => `${entry.seq}:${entry.kind === 'visitor_message' ? entry.text : entry.kind}`),
  ]);
}

export function describeAnalyticsContract(adapterName: string, openStore: () => Promise<Store>): void {
  describe(`${adapterName} store contract: analytics`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await openStore();
      await store.upsertSite({ id: 'shop', name: 'Shop', allowedOrigins: [], createdAt: AT });
      await store.upsertSite({ id: 'other', name: 'Another shop', allowedOrigins: [], createdAt: AT });
    });

    afterEach(async () => {
      await store.close();
    });

    /** A conversation of `siteId` whose messages are committed one by one, `minutes` after AT. */
    async function conversationWith(id: string, siteId: string, minutes: number[]) {
      await store.createVisitor({ id: `visitor-${id}`, siteId, tokenHash: `hash-${id}`, createdAt: AT });
      await store.ensureConversation({
        id,
        siteId,
        visitorId: `visitor-${id}`,
        visitor: { pageUrl: null, pageTitle: null, referrer: null, locale: null },
        at: AT,
      });
      for (const [index, minute] of minutes.entries()) {
        await store.commit({
          conversationId: id,
          expectedVersion: index,
          control: botControl,
          entries: [{ kind: 'visitor_message', text: `at ${minute}`, clientId: null }],
          at: AT + minute * MINUTE_MS,
        });
      }
    }

    it('reads the site’s conversations with entries in the range, and only those entries', async () => {
      await conversationWith('c-before', 'shop', [1, 2]);
      await conversationWith('c-across', 'shop', [5, 10, 20]);
      await conversationWith('c-inside', 'shop', [12]);
      await conversationWith('c-after', 'shop', [30]);
      await conversationWith('c-elsewhere', 'other', [12]);
      const logs = await store.readConversationLogs({
        siteId: 'shop',
        from: AT + 10 * MINUTE_MS,
        to: AT + 20 * MINUTE_MS,
        afterId: null,
        limit: 10,
      });
      expect(textsOf(logs)).toEqual([
        ['c-across', ['2:at 10']],
        ['c-inside', ['1:at 12']],
      ]);
      expect(logs[0]?.entries[0]).toMatchObject({ conversationId: 'c-across', at: AT + 10 * MINUTE_MS });
    });

    it('pages through the conversations by id, visiting each once', async () => {
      for (const id of ['c-3', 'c-1', 'c-5', 'c-2', 'c-4']) await conversationWith(id, 'shop', [1, 2]);
      const read = (afterId: string | null) =>
        store.readConversationLogs({ siteId: 'shop', from: AT, to: AT + 60 * MINUTE_MS, afterId, limit: 2 });
      const pages = [await read(null), await read('c-2'), await read('c-4'), await read('c-5')];
      expect(pages.map((page) => page.map((log) => log.conversationId))).toEqual([
        ['c-1', 'c-2'],
        ['c-3', 'c-4'],
        ['c-5'],
        [],
      ]);
      expect(pages.flat().every((log) => log.entries.length === 2)).toBe(true);
    });

    it('lists every site by name', async () => {
      expect((await store.listSites()).map((site) => [site.id, site.name])).toEqual([
        ['other', 'Another shop'],
        ['shop', 'Shop'],
      ]);
    });
  });
}
