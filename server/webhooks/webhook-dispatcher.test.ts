import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestSchema, type TestSchema } from '../../scripts/cluster/test-schema.js';
import { silentLogger } from '../logger.js';
import { conversationWith, said } from '../testing/stored-conversations.js';
import { openPostgresStore } from '../store/postgres-store.js';
import type { Store } from '../store/store.js';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver.js';
import { DEFAULT_WEBHOOK_POLICY } from './webhook-policy.js';
import { createWebhookDispatcher } from './webhook-dispatcher.js';

/** Two relay processes' stores: separate connection pools on one PostgreSQL schema. */
let schema: TestSchema;
let stores: Store[];
let receiver: WebhookReceiver;

beforeEach(async () => {
  schema = await createTestSchema('webhooks');
  stores = [openPostgresStore(schema.url), openPostgresStore(schema.url)];
  for (const store of stores) await store.migrate();
  receiver = await startWebhookReceiver(() => 200);
  const [store] = stores as [Store];
  await store.upsertSite({ id: 'shop', name: 'Shop', allowedOrigins: [], createdAt: Date.now() });
  await store.createWebhookEndpoint({
    id: 'e1',
    siteId: 'shop',
    url: receiver.url,
    events: ['conversation.started', 'message.created'],
    isEnabled: true,
    createdAt: Date.now(),
    secret: 'whsec_test',
  });
});

afterEach(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await receiver.close();
  await schema.drop();
});

function dispatcherOn(store: Store, nodeId: string, now = Date.now) {
  return createWebhookDispatcher({
    store,
    nodeId,
    policy: DEFAULT_WEBHOOK_POLICY,
    now,
    random: Math.random,
    logger: silentLogger,
  });
}

describe('webhook dispatchers of several relay processes on one PostgreSQL store', () => {
  it('deliver each event once between them', async () => {
    const [first, second] = stores as [Store, Store];
    for (let index = 0; index < 12; index++) {
      await conversationWith(first, {
        id: `c${index}`,
        siteId: 'shop',
        at: Date.now(),
        entries: [said('a'), said('b')],
      });
    }
    const dispatchers = [dispatcherOn(first, 'node-a'), dispatcherOn(second, 'node-b')];
    let attempted = 0;
    for (let round = 0; round < 5; round++) {
      const counts = await Promise.all(dispatchers.map((dispatcher) => dispatcher.dispatchDue()));
      attempted += counts.reduce((sum, count) => sum + count, 0);
    }

    expect(attempted).toBe(36);
    const deliveryIds = receiver.received.map((request) => request.headers['switchboard-delivery-id']);
    expect(deliveryIds).toHaveLength(36);
    expect(new Set(deliveryIds).size).toBe(36);
    const log = await first.listWebhookDeliveries('shop', 100);
    expect(log.every((delivery) => delivery.status === 'delivered' && delivery.attempts.length === 1)).toBe(
      true,
    );
  });

  it('attempt a delivery whose process died once its lease has run out', async () => {
    const [first, second] = stores as [Store, Store];
    await conversationWith(first, { id: 'c1', siteId: 'shop', at: Date.now(), entries: [said('Hi')] });
    const claimedByTheDead = await first.claimDueDeliveries({
      nodeId: 'dead',
      now: Date.now(),
      leaseMs: DEFAULT_WEBHOOK_POLICY.leaseMs,
      limit: 10,
    });
    expect(claimedByTheDead).toHaveLength(2);

    expect(await dispatcherOn(second, 'survivor').dispatchDue()).toBe(0);
    const later = () => Date.now() + DEFAULT_WEBHOOK_POLICY.leaseMs + 1;
    expect(await dispatcherOn(second, 'survivor', later).dispatchDue()).toBe(2);
    expect(receiver.received).toHaveLength(2);
    const log = await second.listWebhookDeliveries('shop', 10);
    expect(log.map((delivery) => delivery.status)).toEqual(['delivered', 'delivered']);
  });
});
