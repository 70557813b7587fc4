import { atom, onMount, type ReadableAtom } from 'nanostores';
import type { CreateWebhookRequest, WebhookDelivery, WebhookEndpoint } from '../../protocol/http-api.js';
import type { ApiOutcome, SettingsApi } from './ports.js';
import { IDLE_FORM, settle, type FormState } from './settings-store.js';

/** How often the delivery log is read again while it is shown. */
export const DELIVERY_LOG_REFRESH_MS = 5000;

/** A signing secret on screen, until the admin hides it. */
export interface ShownSecret {
  endpointId: string;
  secret: string;
  /** True right after the endpoint was added. */
  isNew: boolean;
}

/** The selected site's webhook endpoints and their delivery log. */
export interface WebhookSettingsStore {
  $endpoints: ReadableAtom<WebhookEndpoint[]>;
  $form: ReadableAtom<FormState>;
  $secret: ReadableAtom<ShownSecret | null>;
  /** The most recent deliveries, newest first; read again every few seconds while shown. */
  $deliveries: ReadableAtom<WebhookDelivery[]>;
  add(request: CreateWebhookRequest): Promise<boolean>;
  setEnabled(endpointId: string, isEnabled: boolean): Promise<void>;
  remove(endpointId: string): Promise<void>;
  showSecret(endpointId: string): Promise<void>;
  hideSecret(): void;
  refreshDeliveries(): Promise<void>;
}

/** Creates the webhook settings of the site `$siteId` names; it loads while the page shows them. */
export function createWebhookSettingsStore(
  api: SettingsApi,
  $siteId: ReadableAtom<string | null>,
  onUnauthorized: () => void,
): WebhookSettingsStore {
  const $endpoints = atom<WebhookEndpoint[]>([]);
  const $form = atom<FormState>(IDLE_FORM);
  const $secret = atom<ShownSecret | null>(null);
  const $deliveries = atom<WebhookDelivery[]>([]);

  async function loadEndpoints(siteId: string): Promise<void> {
    const outcome = await settle(api.listWebhooks(siteId), onUnauthorized);
    if (outcome.ok && $siteId.get() === siteId) $endpoints.set(outcome.value);
  }

  async function refreshDeliveries(): Promise<void> {
    const siteId = $siteId.get();
    if (siteId === null) return;
    const outcome = await settle(api.listDeliveries(siteId), onUnauthorized);
    if (outcome.ok && $siteId.get() === siteId) $deliveries.set(outcome.value);
  }

  onMount($endpoints, () => {
    const stopWatching = $siteId.subscribe((siteId) => {
      $endpoints.set([]);
      $deliveries.set([]);
      $secret.set(null);
      $form.set(IDLE_FORM);
      if (siteId === null) return;
      void loadEndpoints(siteId);
      void refreshDeliveries();
    });
    const timer = setInterval(() => void refreshDeliveries(), DELIVERY_LOG_REFRESH_MS);
    return () => {
      stopWatching();
      clearInterval(timer);
    };
  });

  /** Runs a request for the form, reporting a refusal in it; resolves with the answer, or null if refused. */
  async function submit<Value>(
    request: (siteId: string) => Promise<ApiOutcome<Value>>,
    notice: string,
  ): Promise<{ value: Value } | null> {
    const siteId = $siteId.get();
    if (siteId === null || $form.get().isBusy) return null;
    $form.set({ isBusy: true, error: null, notice: null });
    const outcome = await settle(request(siteId), onUnauthorized);
    if (!outcome.ok) {
      $form.set({ isBusy: false, error: outcome.message, notice: null });
      return null;
    }
    $form.set({ isBusy: false, error: null, notice });
    void loadEndpoints(siteId);
    return { value: outcome.value };
  }

  async function add(request: CreateWebhookRequest): Promise<boolean> {
    const created = await submit((siteId) => api.addWebhook(siteId, request), `Added ${request.url}.`);
    if (created === null) return false;
    $secret.set({ endpointId: created.value.endpoint.id, secret: created.value.secret, isNew: true });
    return true;
  }

  async function setEnabled(endpointId: string, isEnabled: boolean): Promise<void> {
    await submit(
      (siteId) => api.updateWebhook(siteId, endpointId, { isEnabled }),
      isEnabled ? 'Endpoint enabled.' : 'Endpoint disabled: it receives nothing until enabled again.',
    );
  }

  async function remove(endpointId: string): Promise<void> {
    const removed = await submit((siteId) => api.deleteWebhook(siteId, endpointId), 'Endpoint deleted.');
    if (removed === null) return;
    if ($secret.get()?.endpointId === endpointId) $secret.set(null);
    void refreshDeliveries();
  }

  async function showSecret(endpointId: string): Promise<void> {
    const siteId = $siteId.get();
    if (siteId === null) return;
    const outcome = await settle(api.readSecret(siteId, endpointId), onUnauthorized);
    if (!outcome.ok) return $form.set({ isBusy: false, error: outcome.message, notice: null });
    $secret.set({ endpointId, secret: outcome.value, isNew: false });
  }

  return {
    $endpoints,
    $form,
    $secret,
    $deliveries,
    add,
    setEnabled,
    remove,
    showSecret,
    hideSecret: () => $secret.set(null),
    refreshDeliveries,
  };
}
