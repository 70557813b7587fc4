import { Router } from 'express';
import type { PublicSiteConfig } from '../../protocol/sites.js';
import { isAllowedOrigin } from '../relay/handshake-error.js';
import type { Store } from '../store/store.js';
import { refuse } from './refuse.js';
import { publicSiteConfigOf } from './site-views.js';

/**
 * `GET /sites/:siteId/widget-config`: what the loader needs before it draws the launcher. Pages of the
 * site's allowed origins (and the relay's own) may read it across origins; any other origin is refused with
 * 403 `origin_not_allowed`, so the loader draws nothing there. Refusals hold nothing but their code, so any
 * page may read them, and the loader can say on the page's console why it drew nothing. A request without an Origin header is
 * answered: it is no cross-origin read, and the config holds no secret. Never cached without asking, so an
 * admin's change reaches the next page load.
 */
export function widgetConfigRoute({ store }: { store: Store }): Router {
  const router = Router();

  router.get('/sites/:siteId/widget-config', async (request, response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('Vary', 'Origin');
    const profile = await store.findSiteProfile(request.params.siteId);
    const origin = request.get('origin');
    const isAllowed =
      profile !== null && isAllowedOrigin(origin, request.get('host'), profile.allowedOrigins);
    if (origin !== undefined) response.setHeader('Access-Control-Allow-Origin', isAllowed ? origin : '*');
    if (!profile) return refuse(response, 404, 'unknown_site', 'No such site.');
    if (!isAllowed)
      return refuse(response, 403, 'origin_not_allowed', 'This site does not allow chat from this origin.');
    const body: PublicSiteConfig = publicSiteConfigOf(profile);
    response.json(body);
  });

  return router;
}
