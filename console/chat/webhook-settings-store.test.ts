import { atom } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebhookDelivery } from '../../protocol/http-api.js';
import { createFakeSettingsApi } from './fake-settings-api.js';
import { createWebhookSettingsStore, DELIVERY_LOG_REFRESH_MS } from './webhook-settings-store.js';

const settle = () => vi.advanceTimersByTimeAsync(0);
const REQUEST = { url: 'https://hooks.example/in', events: ['message.created' as const] };

const delivery: WebhookDelivery = {
  id: 'd1',
  endpointId: 'e1',
  endpointUrl: REQUEST.url,
  eventId: 'c1:1:message.created',
  eventType: 'message.created',
  conversationId: 'c1',
  status: 'delivered',
  nextAttemptAt: null,
  createdAt: 1,
  attempts: [{ number: 1, at: 1, durationMs: 3, statusCode: 200, error: null }],
};

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function mounted(siteId: string | null = 'demo') {
  const api = createFakeSettingsApi();
  const $siteId = atom<string | null>(siteId);
  const store = createWebhookSettingsStore(api, $siteId, () => undefined);
  const stop = store.$endpoints.listen(() => undefined);
  return { api, store, $siteId, stop };
}

describe('createWebhookSettingsStore', () => {
  it('adds an endpoint and shows its new secret once', async () => {
    const { store } = mounted();
    await settle();
    expect(await store.add(REQUEST)).toBe(true);
    await settle();
    expect(store.$endpoints.get()).toMatchObject([{ id: 'e1', url: REQUEST.url, isEnabled: true }]);
    expect(store.$secret.get()).toEqual({ endpointId: 'e1', secret: 'whsec_1', isNew: true });
    store.hideSecret();
    expect(store.$secret.get()).toBeNull();
    await store.showSecret('e1');
    expect(store.$secret.get()).toEqual({ endpointId: 'e1', secret: 'whsec_1', isNew: false });
  });

  it('keeps the form’s refusal, and adds nothing', async () => {
    const { api, store } = mounted();
    await settle();
    api.refuseNext('invalid_webhook_url', 'Webhook URLs must start with http:// or https://, not ftp:.');
    expect(await store.add({ ...REQUEST, url: 'ftp://hooks.example/' })).toBe(false);
    expect(store.$form.get()).toEqual({
      isBusy: false,
      error: 'Webhook URLs must start with http:// or https://, not ftp:.',
      notice: null,
    });
    expect(store.$secret.get()).toBeNull();
  });

  it('disables, enables and deletes an endpoint', async () => {
    const { store } = mounted();
    await store.add(REQUEST);
    await store.setEnabled('e1', false);
    await settle();
    expect(store.$endpoints.get()[0]?.isEnabled).toBe(false);
    await store.remove('e1');
    await settle();
    expect(store.$endpoints.get()).toEqual([]);
    expect(store.$secret.get()).toBeNull();
  });

  it('reads the delivery log again every few seconds while shown, and stops when hidden', async () => {
    const { api, store, stop } = mounted();
    await settle();
    expect(store.$deliveries.get()).toEqual([]);
    api.deliveries = [delivery];
    await vi.advanceTimersByTimeAsync(DELIVERY_LOG_REFRESH_MS);
    expect(store.$deliveries.get()).toEqual([delivery]);

    stop();
    await vi.advanceTimersByTimeAsync(1000);
    const calls = api.calls.length;
    await vi.advanceTimersByTimeAsync(3 * DELIVERY_LOG_REFRESH_MS);
    expect(api.calls.length).toBe(calls);
  });

  it('shows the newly selected site’s endpoints, never the previous one’s', async () => {
    const { api, store, $siteId } = mounted();
    await store.add(REQUEST);
    await settle();
    api.endpoints = [];
    $siteId.set('shop');
    await settle();
    expect(store.$endpoints.get()).toEqual([]);
    expect(api.calls.slice(-2)).toEqual(['listWebhooks(shop)', 'listDeliveries(shop)']);
  });
});
