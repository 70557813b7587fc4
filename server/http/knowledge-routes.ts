import { Router } from 'express';
import type { KnowledgeResponse } from '../../protocol/http-api.js';
import type { Store } from '../store/store.js';
import { refuse } from './refuse.js';

/** How far back the Settings page counts the bot's citations of each document. */
export const CITATION_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * `/api/sites/:siteId/knowledge`: the site's knowledge documents and how often the bot cited each in the
 * last 30 days, for admins (the caller mounts it behind `signedIn` and `adminOnly`). An unknown site id is
 * answered with 404 `unknown_site`.
 */
export function knowledgeRoutes({ store, now }: { store: Store; now: () => number }): Router {
  const router = Router();

  router.get('/:siteId/knowledge', async (request, response) => {
    const { siteId } = request.params;
    if (!(await store.findSite(siteId))) return refuse(response, 404, 'unknown_site', 'No such site.');
    const body: KnowledgeResponse = {
      documents: await store.listKnowledgeUsage(siteId, now() - CITATION_WINDOW_MS),
    };
    response.json(body);
  });

  return router;
}
