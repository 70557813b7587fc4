/** An in-memory settings API for the console's tests: the relay's behaviour for one site, without HTTP. */
import type {
  KnowledgeDocumentSummary,
  RetentionDeletion,
  SiteSettings,
  WebhookDelivery,
  WebhookEndpoint,
} from '../../protocol/http-api.js';
import type { ApiOutcome, ConsoleLocation, SettingsApi } from './ports.js';

export interface FakeSettingsApi extends SettingsApi {
  sites: SiteSettings[];
  endpoints: WebhookEndpoint[];
  deletions: RetentionDeletion[];
  deliveries: WebhookDelivery[];
  knowledge: KnowledgeDocumentSummary[];
  /** Every call, as `method name(site)`. */
  calls: string[];
  /** The refusal the next call gets instead of its answer. */
  refuseNext(code: 'invalid_webhook_url' | 'unauthorized' | 'forbidden', message: string): void;
}

export function createFakeSettingsApi(): FakeSettingsApi {
  let refusal: { code: 'invalid_webhook_url' | 'unauthorized' | 'forbidden'; message: string } | null = null;
  let secrets = 0;
  const secretOf = new Map<string, string>();

  function answer<Value>(call: string, value: () => Value): Promise<ApiOutcome<Value>> {
    api.calls.push(call);
    const refused = refusal;
    refusal = null;
    return Promise.resolve(refused ? { ok: false, ...refused } : { ok: true, value: value() });
  }

  const api: FakeSettingsApi = {
    sites: [{ id: 'demo', name: 'Demo', retentionDays: null }],
    endpoints: [],
    deletions: [],
    deliveries: [],
    knowledge: [],
    calls: [],
    refuseNext(code, message) {
      refusal = { code, message };
    },
    listSites: () => answer('listSites', () => api.sites),
    setRetention: (siteId, retentionDays) =>
      answer(`setRetention(${siteId})`, () => {
        api.sites = api.sites.map((site) => (site.id === siteId ? { ...site, retentionDays } : site));
        return api.sites.find((site) => site.id === siteId) as SiteSettings;
      }),
    listDeletions: (siteId) => answer(`listDeletions(${siteId})`, () => api.deletions),
    listWebhooks: (siteId) => answer(`listWebhooks(${siteId})`, () => api.endpoints),
    addWebhook: (siteId, request) =>
      answer(`addWebhook(${siteId})`, () => {
        const endpoint = {
          id: `e${api.endpoints.length + 1}`,
          siteId,
          url: request.url,
          events: request.events,
          isEnabled: request.isEnabled ?? true,
          createdAt: 1,
        };
        const secret = `whsec_${++secrets}`;
        api.endpoints = [...api.endpoints, endpoint];
        secretOf.set(endpoint.id, secret);
        return { endpoint, secret };
      }),
    updateWebhook: (siteId, endpointId, changes) =>
      answer(`updateWebhook(${siteId})`, () => {
        api.endpoints = api.endpoints.map((endpoint) =>
          endpoint.id === endpointId ? { ...endpoint, ...changes } : endpoint,
        );
        return api.endpoints.find((endpoint) => endpoint.id === endpointId) as WebhookEndpoint;
      }),
    deleteWebhook: (siteId, endpointId) =>
      answer(`deleteWebhook(${siteId})`, () => {
        api.endpoints = api.endpoints.filter((endpoint) => endpoint.id !== endpointId);
        return null;
      }),
    readSecret: (siteId, endpointId) => answer(`readSecret(${siteId})`, () => secretOf.get(endpointId) ?? ''),
    listDeliveries: (siteId) => answer(`listDeliveries(${siteId})`, () => api.deliveries),
    listKnowledge: (siteId) => answer(`listKnowledge(${siteId})`, () => api.knowledge),
  };
  return api;
}

/** A browser address for tests: `visit` changes the hash as a link or the back button would. */
export function createFakeLocation(initialHash = '') {
  let hash = initialHash;
  const listeners = new Set<() => void>();
  const location: ConsoleLocation & { visit(hash: string): void } = {
    hash: () => hash,
    setHash(next) {
      hash = next;
    },
    onHashChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    visit(next) {
      hash = next;
      for (const listener of listeners) listener();
    },
  };
  return location;
}
