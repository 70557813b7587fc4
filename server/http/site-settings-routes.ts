import { Router } from 'express';
import type { RetentionDeletionsResponse, SiteResponse, SitesResponse } from '../../protocol/http-api.js';
import { check, retentionSchema } from '../../protocol/schemas.js';
import type { Store } from '../store/store.js';
import { refuse } from './refuse.js';

/** The most deletion records the Settings page shows. */
const DELETIONS_LISTED = 50;

/**
 * `/api/sites`: the sites and their retention, for admins (the caller mounts it behind `signedIn` and
 * `adminOnly`). An unknown site id is answered with 404 `unknown_site`.
 */
export function siteSettingsRoutes({ store }: { store: Store }): Router {
  const router = Router();

  router.get('/', async (_request, response) => {
    const body: SitesResponse = { sites: await store.listSiteSettings() };
    response.json(body);
  });

  router.put('/:siteId/retention', async (request, response) => {
    const input = check(retentionSchema, request.body);
    if (!input.ok) return refuse(response, 400, 'invalid_payload', input.message);
    const site = await store.setRetentionDays(request.params.siteId, input.value.retentionDays);
    if (!site) return refuse(response, 404, 'unknown_site', 'No such site.');
    const body: SiteResponse = { site };
    response.json(body);
  });

  router.get('/:siteId/retention-deletions', async (request, response) => {
    const { siteId } = request.params;
    if (!(await store.findSiteSettings(siteId)))
      return refuse(response, 404, 'unknown_site', 'No such site.');
    const body: RetentionDeletionsResponse = {
      deletions: await store.listRetentionDeletions(siteId, DELETIONS_LISTED),
    };
    response.json(body);
  });

  return router;
}
