import type {
  CreatedWebhookResponse,
  RetentionDeletionsResponse,
  SiteResponse,
  SitesResponse,
  WebhookDeliveriesResponse,
  WebhookResponse,
  WebhookSecretResponse,
  WebhooksResponse,
} from '../../protocol/http-api.js';
import type { ApiOutcome, SettingsApi } from '../chat/ports.js';
import { readRefusal } from './api-error.js';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A successful body's field `key`, when the body has it; the relay's answers are otherwise trusted. */
function field<Body, Key extends keyof Body>(key: Key) {
  return (body: unknown): Body[Key] | undefined =>
    isRecord(body) && key in body ? (body[key as string] as Body[Key]) : undefined;
}

function site(siteId: string): string {
  return `/api/sites/${encodeURIComponent(siteId)}`;
}

function endpoint(siteId: string, endpointId: string): string {
  return `${site(siteId)}/webhooks/${encodeURIComponent(endpointId)}`;
}

/** The admins' settings REST API on the console's own origin. */
export function createSettingsApi(fetchFn: Fetch = (input, init) => fetch(input, init)): SettingsApi {
  async function call<Value>(
    method: Method,
    path: string,
    read: (body: unknown) => Value | undefined,
    body?: unknown,
  ): Promise<ApiOutcome<Value>> {
    let response: Response;
    try {
      response = await fetchFn(path, {
        method,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      return { ok: false, code: 'network', message: 'The request did not reach the relay.' };
    }
    const json: unknown = response.status === 204 ? null : await response.json().catch(() => undefined);
    if (!response.ok) return { ok: false, ...readRefusal(response.status, json) };
    const value = read(json);
    return value === undefined
      ? { ok: false, code: 'unexpected_response', message: 'The relay’s answer was not understood.' }
      : { ok: true, value };
  }

  return {
    listSites: () => call('GET', '/api/sites', field<SitesResponse, 'sites'>('sites')),
    setRetention: (siteId, retentionDays) =>
      call('PUT', `${site(siteId)}/retention`, field<SiteResponse, 'site'>('site'), { retentionDays }),
    listDeletions: (siteId) =>
      call(
        'GET',
        `${site(siteId)}/retention-deletions`,
        field<RetentionDeletionsResponse, 'deletions'>('deletions'),
      ),
    listWebhooks: (siteId) =>
      call('GET', `${site(siteId)}/webhooks`, field<WebhooksResponse, 'endpoints'>('endpoints')),
    addWebhook: (siteId, request) =>
      call(
        'POST',
        `${site(siteId)}/webhooks`,
        (body) =>
          isRecord(body) && 'secret' in body ? (body as unknown as CreatedWebhookResponse) : undefined,
        request,
      ),
    updateWebhook: (siteId, endpointId, changes) =>
      call('PATCH', endpoint(siteId, endpointId), field<WebhookResponse, 'endpoint'>('endpoint'), changes),
    deleteWebhook: (siteId, endpointId) => call('DELETE', endpoint(siteId, endpointId), () => null),
    readSecret: (siteId, endpointId) =>
      call('GET', `${endpoint(siteId, endpointId)}/secret`, field<WebhookSecretResponse, 'secret'>('secret')),
    listDeliveries: (siteId) =>
      call(
        'GET',
        `${site(siteId)}/webhook-deliveries`,
        field<WebhookDeliveriesResponse, 'deliveries'>('deliveries'),
      ),
  };
}
