import type {
  CreatedWebhookResponse,
  KnowledgeResponse,
  RetentionDeletionsResponse,
  SiteResponse,
  SitesResponse,
  WebhookDeliveriesResponse,
  WebhookResponse,
  WebhookSecretResponse,
  WebhooksResponse,
} from '../../protocol/http-api.js';
import type { SettingsApi } from '../chat/ports.js';
import { isRecord } from './api-error.js';
import { createJsonCall, field, type Fetch } from './json-call.js';

function site(siteId: string): string {
  return `/api/sites/${encodeURIComponent(siteId)}`;
}

function endpoint(siteId: string, endpointId: string): string {
  return `${site(siteId)}/webhooks/${encodeURIComponent(endpointId)}`;
}

/** The admins' settings REST API on the console's own origin. */
export function createSettingsApi(fetchFn: Fetch = (input, init) => fetch(input, init)): SettingsApi {
  const call = createJsonCall(fetchFn);

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
    listKnowledge: (siteId) =>
      call('GET', `${site(siteId)}/knowledge`, field<KnowledgeResponse, 'documents'>('documents')),
  };
}
