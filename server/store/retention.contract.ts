/**
 * The part of the store contract for site settings and retention: deleting a site's conversations past
 * their time with everything that reports them, once, and recording what was deleted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendTo, conversationWith, NO_CONTEXT, said } from '../testing/stored-conversations.js';
import type { Store } from './store.js';

const AT = 1_700_000_000_000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function describeRetentionContract(adapterName: string, openStore: () => Promise<Store>): void {
  describe(`${adapterName} store contract: site settings and retention`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await openStore();
      await store.upsertSite({ id: 'shop', name: 'Shop', allowedOrigins: [], createdAt: AT });
      await store.upsertSite({ id: 'other', name: 'Another shop', allowedOrigins: [], createdAt: AT });
    });

    afterEach(async () => {
      await store.close();
    });

    const deleteBefore = (before: number, limit = 100, at = AT + 100 * DAY_MS) =>
      store.deleteConversationsBefore({ siteId: 'shop', before, limit, at });

    it('keeps conversations forever until a retention is set, and keeps it across site updates', async () => {
      expect(await store.listSiteSettings()).toEqual([
        { id: 'other', name: 'Another shop', retentionDays: null },
        { id: 'shop', name: 'Shop', retentionDays: null },
      ]);
      expect(await store.setRetentionDays('shop', 30)).toEqual({
        id: 'shop',
        name: 'Shop',
        retentionDays: 30,
      });
      await store.upsertSite({
        id: 'shop',
        name: 'Shop',
        allowedOrigins: ['https://a.example'],
        createdAt: AT,
      });
      expect(await store.findSiteSettings('shop')).toEqual({ id: 'shop', name: 'Shop', retentionDays: 30 });
      expect(await store.setRetentionDays('shop', null)).toMatchObject({ retentionDays: null });
      expect(await store.setRetentionDays('missing', 30)).toBeNull();
      expect(await store.findSiteSettings('missing')).toBeNull();
    });

    it('deletes conversations idle since the cutoff with their entries and deliveries, and records the counts', async () => {
      await store.createWebhookEndpoint({
        id: 'e1',
        siteId: 'shop',
        url: 'https://hooks.example/',
        events: ['message.created'],
        isEnabled: true,
        createdAt: AT,
        secret: 's',
      });
      const old = await conversationWith(store, { id: 'old', siteId: 'shop', at: AT, entries: [said('a')] });
      await appendTo(store, old, [said('b'), said('c')], AT + DAY_MS);
      await conversationWith(store, {
        id: 'recent',
        siteId: 'shop',
        at: AT + 5 * DAY_MS,
        entries: [said('d')],
      });

      const record = await deleteBefore(AT + 2 * DAY_MS);
      expect(record).toEqual({
        id: expect.any(String),
        siteId: 'shop',
        at: AT + 100 * DAY_MS,
        before: AT + 2 * DAY_MS,
        conversations: 1,
        entries: 3,
        webhookDeliveries: 3,
      });
      expect(await store.findConversation('old')).toBeNull();
      expect(await store.readEntries('old', 0, 100)).toEqual([]);
      expect(await store.findConversation('recent')).not.toBeNull();
      expect(
        (await store.listWebhookDeliveries('shop', 10)).map((delivery) => delivery.conversationId),
      ).toEqual(['recent']);
      expect(await store.listRetentionDeletions('shop', 10)).toEqual([record]);
    });

    it('deletes and records nothing when no conversation is past the cutoff', async () => {
      await conversationWith(store, { id: 'c1', siteId: 'shop', at: AT, entries: [said('a')] });
      expect(await deleteBefore(AT)).toBeNull();
      expect(await store.listRetentionDeletions('shop', 10)).toEqual([]);
    });

    it('deletes only the site’s own conversations', async () => {
      await conversationWith(store, { id: 'theirs', siteId: 'other', at: AT, entries: [said('a')] });
      expect(await deleteBefore(AT + DAY_MS)).toBeNull();
      expect(await store.findConversation('theirs')).not.toBeNull();
    });

    it('deletes at most the limit per call, the longest idle first', async () => {
      for (const [index, id] of ['c1', 'c2', 'c3'].entries()) {
        await conversationWith(store, { id, siteId: 'shop', at: AT + 3 - index, entries: [said('a')] });
      }
      expect(await deleteBefore(AT + DAY_MS, 2, AT + 2 * DAY_MS)).toMatchObject({ conversations: 2 });
      expect(await store.findConversation('c1')).not.toBeNull();
      expect(await deleteBefore(AT + DAY_MS, 2, AT + 3 * DAY_MS)).toMatchObject({ conversations: 1 });
      expect((await store.listRetentionDeletions('shop', 10)).map((record) => record.conversations)).toEqual([
        1, 2,
      ]);
    });

    it('deletes and counts each conversation once when several processes delete at once', async () => {
      for (const id of ['c1', 'c2', 'c3', 'c4', 'c5']) {
        await conversationWith(store, { id, siteId: 'shop', at: AT, entries: [said('a'), said('b')] });
      }
      const records = await Promise.all([1, 2, 3].map(() => deleteBefore(AT + DAY_MS)));
      const counted = records.reduce((sum, record) => sum + (record?.conversations ?? 0), 0);
      expect(counted).toBe(5);
      const stored = await store.listRetentionDeletions('shop', 10);
      expect(stored.reduce((sum, record) => sum + record.entries, 0)).toBe(10);
    });

    it('lets the visitor of a deleted conversation start a new one', async () => {
      await conversationWith(store, { id: 'c1', siteId: 'shop', at: AT, entries: [said('a')] });
      await deleteBefore(AT + DAY_MS);
      const fresh = await store.ensureConversation({
        id: 'c2',
        siteId: 'shop',
        visitorId: 'visitor-c1',
        visitor: NO_CONTEXT,
        at: AT + 2 * DAY_MS,
      });
      expect(fresh).toMatchObject({ id: 'c2', lastSeq: 0 });
    });
  });
}
