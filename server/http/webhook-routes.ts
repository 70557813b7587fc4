import { Router, type Request, type Response } from 'express';
import type {
  CreatedWebhookResponse,
  WebhookDeliveriesResponse,
  WebhookResponse,
  WebhookSecretResponse,
  WebhooksResponse,
} from '../../protocol/http-api.js';
import { check, createWebhookSchema, updateWebhookSchema } from '../../protocol/schemas.js';
import { randomId, randomToken } from '../auth/secrets.js';
import type { Store } from '../store/store.js';
import { checkWebhookUrl } from '../webhooks/webhook-url.js';
import { refuse } from './refuse.js';

/** The most recent deliveries the delivery log shows. */
const DELIVERIES_LISTED = 100;

function refuseMissingEndpoint(response: Response): void {
  refuse(response, 404, 'webhook_not_found', 'The site has no such webhook endpoint.');
}

/**
 * `/api/sites/:siteId/webhooks` and `/api/sites/:siteId/webhook-deliveries`: a site's webhook endpoints and
 * their delivery log, for admins (the caller mounts it behind `signedIn` and `adminOnly`). The relay
 * generates each endpoint's secret: it is in the answer that creates the endpoint, and admins can read it
 * again from `.../secret`, never from the list.
 */
export function webhookRoutes({ store, now }: { store: Store; now: () => number }): Router {
  const router = Router();

  /** The site the path names; answers 404 and returns null when there is none. */
  async function siteOf(request: Request<{ siteId: string }>, response: Response): Promise<string | null> {
    const { siteId } = request.params;
    if (await store.findSiteSettings(siteId)) return siteId;
    refuse(response, 404, 'unknown_site', 'No such site.');
    return null;
  }

  router.get('/:siteId/webhooks', async (request, response) => {
    const siteId = await siteOf(request, response);
    if (siteId === null) return;
    const body: WebhooksResponse = { endpoints: await store.listWebhookEndpoints(siteId) };
    response.json(body);
  });

  router.post('/:siteId/webhooks', async (request, response) => {
    const input = check(createWebhookSchema, request.body);
    if (!input.ok) return refuse(response, 400, 'invalid_payload', input.message);
    const url = checkWebhookUrl(input.value.url);
    if (!url.ok) return refuse(response, 400, 'invalid_webhook_url', url.message);
    const siteId = await siteOf(request, response);
    if (siteId === null) return;
    const endpoint = {
      id: randomId(),
      siteId,
      url: url.url,
      events: input.value.events,
      isEnabled: input.value.isEnabled ?? true,
      createdAt: now(),
    };
    const secret = `whsec_${randomToken()}`;
    await store.createWebhookEndpoint({ ...endpoint, secret });
    const body: CreatedWebhookResponse = { endpoint, secret };
    response.status(201).setHeader('Cache-Control', 'no-store').json(body);
  });

  router.patch('/:siteId/webhooks/:endpointId', async (request, response) => {
    const input = check(updateWebhookSchema, request.body);
    if (!input.ok) return refuse(response, 400, 'invalid_payload', input.message);
    const changes = { ...input.value };
    if (changes.url !== undefined) {
      const url = checkWebhookUrl(changes.url);
      if (!url.ok) return refuse(response, 400, 'invalid_webhook_url', url.message);
      changes.url = url.url;
    }
    const siteId = await siteOf(request, response);
    if (siteId === null) return;
    const endpoint = await store.updateWebhookEndpoint(siteId, request.params.endpointId, changes);
    if (!endpoint) return refuseMissingEndpoint(response);
    const body: WebhookResponse = { endpoint };
    response.json(body);
  });

  router.delete('/:siteId/webhooks/:endpointId', async (request, response) => {
    const siteId = await siteOf(request, response);
    if (siteId === null) return;
    if (!(await store.deleteWebhookEndpoint(siteId, request.params.endpointId)))
      return refuseMissingEndpoint(response);
    response.status(204).end();
  });

  router.get('/:siteId/webhooks/:endpointId/secret', async (request, response) => {
    const siteId = await siteOf(request, response);
    if (siteId === null) return;
    const secret = await store.findWebhookSecret(siteId, request.params.endpointId);
    if (secret === null) return refuseMissingEndpoint(response);
    const body: WebhookSecretResponse = { secret };
    response.setHeader('Cache-Control', 'no-store').json(body);
  });

  router.get('/:siteId/webhook-deliveries', async (request, response) => {
    const siteId = await siteOf(request, response);
    if (siteId === null) return;
    const body: WebhookDeliveriesResponse = {
      deliveries: await store.listWebhookDeliveries(siteId, DELIVERIES_LISTED),
    };
    response.json(body);
  });

  return router;
}
