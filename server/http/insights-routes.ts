import { Router } from 'express';
import type { InsightsResponse, InsightsSitesResponse } from '../../protocol/http-api.js';
import { check, insightsQuerySchema } from '../../protocol/schemas.js';
import { readInsightsReport } from '../insights/read-insights.js';
import type { Store } from '../store/store.js';
import { refuse } from './refuse.js';

export interface InsightsRoutesOptions {
  store: Store;
  now: () => number;
}

/**
 * `/api/insights`: a site's report for a date range (GET `/`), and the sites to choose from (GET `/sites`),
 * for any signed-in agent: mounted behind `signedIn`. The query is checked before anything is read.
 */
export function insightsRoutes({ store, now }: InsightsRoutesOptions): Router {
  const router = Router();

  router.get('/', async (request, response) => {
    const query = check(insightsQuerySchema, request.query);
    if (!query.ok) return refuse(response, 400, 'invalid_payload', query.message);
    const { siteId, from, to, timeZone = 'UTC' } = query.value;
    if ((await store.findSite(siteId)) === null)
      return refuse(response, 404, 'unknown_site', 'No site has this id.');
    const body: InsightsResponse = {
      report: await readInsightsReport(store, { siteId, from, to, timeZone }, now()),
    };
    response.json(body);
  });

  router.get('/sites', async (_request, response) => {
    const sites = await store.listSites();
    const body: InsightsSitesResponse = { sites: sites.map(({ id, name }) => ({ id, name })) };
    response.json(body);
  });

  return router;
}
