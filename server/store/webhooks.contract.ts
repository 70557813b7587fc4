/**
 * The part of the store contract for outbound webhooks: endpoints, the outbox that commits write, and the
 * leases by which any number of relay processes share its deliveries.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebhookAttempt, WebhookEndpoint } from '../../protocol/http-api.js';
import type { WebhookEvent } from '../../protocol/webhook-events.js';
import { conversationWith, said } from '../testing/stored-conversations.js';
import type { Store } from './store.js';

const AT = 1_700_000_000_000;
const LEASE_MS = 30_000;

function endpoint(
  overrides: Partial<WebhookEndpoint> & { id: string },
): WebhookEndpoint & { secret: string } {
  return {
    siteId: 'shop',
    url: `https://hooks.example/${overrides.id}`,
    events: ['conversation.started', 'message.created'],
    isEnabled: true,
    createdAt: AT,
    secret: `secret-${overrides.id}`,
    ...overrides,
  };
}

function attempt(number: number, at: number, statusCode: number | null): WebhookAttempt {
  return { number, at, durationMs: 12, statusCode, error: statusCode === null ? 'timed out' : null };
}

export function describeWebhooksContract(adapterName: string, openStore: () => Promise<Store>): void {
  describe(`${adapterName} store contract: webhooks`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await openStore();
      await store.upsertSite({ id: 'shop', name: 'Shop', allowedOrigins: [], createdAt: AT });
      await store.upsertSite({ id: 'other', name: 'Other', allowedOrigins: [], createdAt: AT });
    });

    afterEach(async () => {
      await store.close();
    });

    const claim = (nodeId: string, now: number, limit = 10) =>
      store.claimDueDeliveries({ nodeId, now, leaseMs: LEASE_MS, limit });

    it('keeps a site’s endpoints, changes them, and tells their secret only within the site', async () => {
      const { secret, ...first } = endpoint({ id: 'e1' });
      await store.createWebhookEndpoint({ ...first, secret });
      await store.createWebhookEndpoint(endpoint({ id: 'e2', siteId: 'other' }));
      expect(await store.listWebhookEndpoints('shop')).toEqual([first]);
      expect(await store.findWebhookSecret('shop', 'e1')).toBe('secret-e1');
      expect(await store.findWebhookSecret('other', 'e1')).toBeNull();

      const changed = await store.updateWebhookEndpoint('shop', 'e1', {
        isEnabled: false,
        events: ['agent.assigned'],
      });
      expect(changed).toEqual({ ...first, isEnabled: false, events: ['agent.assigned'] });
      expect(await store.updateWebhookEndpoint('other', 'e1', { isEnabled: true })).toBeNull();

      expect(await store.deleteWebhookEndpoint('other', 'e1')).toBe(false);
      expect(await store.deleteWebhookEndpoint('shop', 'e1')).toBe(true);
      expect(await store.listWebhookEndpoints('shop')).toEqual([]);
    });

    it('enqueues, with the commit, one delivery per event for each enabled endpoint subscribed to it', async () => {
      await store.createWebhookEndpoint(endpoint({ id: 'messages', events: ['message.created'] }));
      await store.createWebhookEndpoint(endpoint({ id: 'both' }));
      await store.createWebhookEndpoint(endpoint({ id: 'disabled', isEnabled: false }));
      await store.createWebhookEndpoint(endpoint({ id: 'elsewhere', siteId: 'other' }));
      await conversationWith(store, { id: 'c1', siteId: 'shop', at: AT, entries: [said('Hi')] });

      const deliveries = await store.listWebhookDeliveries('shop', 10);
      expect(deliveries.map((delivery) => [delivery.endpointId, delivery.eventId]).toSorted()).toEqual([
        ['both', 'c1:1:conversation.started'],
        ['both', 'c1:1:message.created'],
        ['messages', 'c1:1:message.created'],
      ]);
      expect(deliveries[0]).toMatchObject({
        status: 'pending',
        conversationId: 'c1',
        createdAt: AT,
        nextAttemptAt: AT,
        attempts: [],
      });
      expect(await store.listWebhookDeliveries('other', 10)).toEqual([]);

      const [claimed] = await claim('node-1', AT, 1);
      const event = JSON.parse(claimed?.payload ?? '') as WebhookEvent;
      expect(event).toMatchObject({ siteId: 'shop', conversationId: 'c1', seq: 1, createdAt: AT });
      expect(claimed).toMatchObject({ eventType: event.type, attempts: 0 });
    });

    it('enqueues nothing for a commit that is refused', async () => {
      await store.createWebhookEndpoint(endpoint({ id: 'e1' }));
      const conversation = await conversationWith(store, { id: 'c1', siteId: 'shop', at: AT, entries: [] });
      const stale = await store.commit({
        conversationId: conversation.id,
        expectedVersion: conversation.version - 1,
        control: conversation,
        entries: [said('late')],
        at: AT + 1,
      });
      expect(stale.status).toBe('conflict');
      expect(await store.listWebhookDeliveries('shop', 10)).toEqual([]);
    });

    it('leases each due delivery to exactly one of several processes claiming at once', async () => {
      await store.createWebhookEndpoint(endpoint({ id: 'e1' }));
      for (const id of ['c1', 'c2', 'c3']) {
        await conversationWith(store, { id, siteId: 'shop', at: AT, entries: [said('Hi')] });
      }
      const claims = await Promise.all(['a', 'b', 'c', 'd'].map((node) => claim(node, AT + 1)));
      const ids = claims.flat().map((delivery) => delivery.id);
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(6);
    });

    it('leases a delivery again only once its lease has run out', async () => {
      await store.createWebhookEndpoint(endpoint({ id: 'e1', events: ['message.created'] }));
      await conversationWith(store, { id: 'c1', siteId: 'shop', at: AT, entries: [said('Hi')] });
      expect(await claim('a', AT)).toHaveLength(1);
      expect(await claim('b', AT + LEASE_MS - 1)).toEqual([]);
      expect(await claim('b', AT + LEASE_MS + 1)).toHaveLength(1);
    });

    it('records attempts, holds a retry until it is due, and stops at delivered', async () => {
      await store.createWebhookEndpoint(endpoint({ id: 'e1', events: ['message.created'] }));
      await conversationWith(store, { id: 'c1', siteId: 'shop', at: AT, entries: [said('Hi')] });
      const [first] = await claim('a', AT);
      const deliveryId = first?.id ?? '';
      expect(
        await store.recordDeliveryAttempt({
          deliveryId,
          nodeId: 'a',
          attempt: attempt(1, AT, 500),
          outcome: { status: 'pending', nextAttemptAt: AT + 100 },
        }),
      ).toBe(true);
      expect(await claim('b', AT + 99)).toEqual([]);
      const [second] = await claim('b', AT + 100);
      expect(second).toMatchObject({ id: deliveryId, attempts: 1 });
      await store.recordDeliveryAttempt({
        deliveryId,
        nodeId: 'b',
        attempt: attempt(2, AT + 100, 204),
        outcome: { status: 'delivered' },
      });

      expect(await store.listWebhookDeliveries('shop', 10)).toMatchObject([
        {
          id: deliveryId,
          status: 'delivered',
          nextAttemptAt: null,
          attempts: [attempt(1, AT, 500), attempt(2, AT + 100, 204)],
        },
      ]);
      expect(await claim('c', AT + 10 * LEASE_MS)).toEqual([]);
    });

    it('never claims a failed delivery again', async () => {
      await store.createWebhookEndpoint(endpoint({ id: 'e1', events: ['message.created'] }));
      await conversationWith(store, { id: 'c1', siteId: 'shop', at: AT, entries: [said('Hi')] });
      const [claimed] = await claim('a', AT);
      await store.recordDeliveryAttempt({
        deliveryId: claimed?.id ?? '',
        nodeId: 'a',
        attempt: attempt(1, AT, null),
        outcome: { status: 'failed' },
      });
      expect(await claim('a', AT + 10 * LEASE_MS)).toEqual([]);
      expect((await store.listWebhookDeliveries('shop', 10))[0]?.status).toBe('failed');
    });

    it('does not record the attempt of a process whose lease went to another', async () => {
      await store.createWebhookEndpoint(endpoint({ id: 'e1', events: ['message.created'] }));
      await conversationWith(store, { id: 'c1', siteId: 'shop', at: AT, entries: [said('Hi')] });
      const [claimed] = await claim('slow', AT);
      await claim('quick', AT + LEASE_MS + 1);
      const record = (nodeId: string, statusCode: number) =>
        store.recordDeliveryAttempt({
          deliveryId: claimed?.id ?? '',
          nodeId,
          attempt: attempt(1, AT + LEASE_MS + 2, statusCode),
          outcome: { status: 'delivered' },
        });
      expect(await record('slow', 200)).toBe(false);
      expect(await record('quick', 201)).toBe(true);
      expect((await store.listWebhookDeliveries('shop', 10))[0]?.attempts).toMatchObject([
        { statusCode: 201 },
      ]);
    });

    it('holds the deliveries of a disabled endpoint until it is enabled again', async () => {
      await store.createWebhookEndpoint(endpoint({ id: 'e1', events: ['message.created'] }));
      await conversationWith(store, { id: 'c1', siteId: 'shop', at: AT, entries: [said('Hi')] });
      await store.updateWebhookEndpoint('shop', 'e1', { isEnabled: false });
      expect(await claim('a', AT)).toEqual([]);
      await store.updateWebhookEndpoint('shop', 'e1', { isEnabled: true });
      expect(await claim('a', AT)).toHaveLength(1);
    });

    it('deletes an endpoint’s deliveries and their attempts with it', async () => {
      await store.createWebhookEndpoint(endpoint({ id: 'e1', events: ['message.created'] }));
      await store.createWebhookEndpoint(endpoint({ id: 'e2', events: ['message.created'] }));
      await conversationWith(store, { id: 'c1', siteId: 'shop', at: AT, entries: [said('Hi')] });
      for (const claimed of await claim('a', AT)) {
        await store.recordDeliveryAttempt({
          deliveryId: claimed.id,
          nodeId: 'a',
          attempt: attempt(1, AT, 200),
          outcome: { status: 'delivered' },
        });
      }
      await store.deleteWebhookEndpoint('shop', 'e1');
      expect((await store.listWebhookDeliveries('shop', 10)).map((delivery) => delivery.endpointId)).toEqual([
        'e2',
      ]);
    });

    it('lists the most recent deliveries first, up to a limit', async () => {
      await store.createWebhookEndpoint(endpoint({ id: 'e1', events: ['message.created'] }));
      for (const [index, id] of ['c1', 'c2', 'c3'].entries()) {
        await conversationWith(store, { id, siteId: 'shop', at: AT + index, entries: [said('Hi')] });
      }
      const listed = await store.listWebhookDeliveries('shop', 2);
      expect(listed.map((delivery) => delivery.conversationId)).toEqual(['c3', 'c2']);
    });
  });
}
