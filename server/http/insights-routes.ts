import { Router, type Response } from 'express';
import type { ErrorCode } from '../../protocol/errors.js';
import type { ErrorResponse, InsightsResponse, InsightsSitesResponse } from '../../protocol/http-api.js';
import { check, insightsQuerySchema } from '../../protocol/schemas.js';
import { readInsightsReport } from '../insights/read-insights.js';
import type { Store } from '../store/store.js';
import { signedInAgent } from './signed-in-agent.js';

export interface InsightsRoutesOptions {
  store: Store;
  now: () => number;
}

function refuse(response: Response, status: number, code: ErrorCode, message: string): void {
  const body: ErrorResponse = { error: { code, message } };
  response.status(status).json(body);
}

/**
 * `/api/insights`: a site's report for a date range (GET `/`), and the sites to choose from (GET `/sites`),
 * for any signed-in agent. The query is checked before anything is read.
 */
export function insightsRoutes({ store, now }: InsightsRoutesOptions): Router {
  const router = Router();

  router.use(async (request, response, next) => {
    if ((await signedInAgent(store, now(), request)) === null)
      return refuse(response, 401, 'unauthorized', 'Not signed in.');
    next();
  });

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
