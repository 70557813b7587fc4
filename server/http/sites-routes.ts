import { randomBytes } from 'node:crypto';
import { Router, type Response } from 'express';
import { check } from '../../protocol/schemas.js';
import { createSiteSchema, updateSiteSchema } from '../../protocol/site-schemas.js';
import type { IdentitySecretResponse, SiteDetailsResponse } from '../../protocol/sites.js';
import type { SiteProfile } from '../store/site-store.js';
import type { Store } from '../store/store.js';
import { refuse } from './refuse.js';
import { siteDetailsOf } from './site-views.js';

/** 32 random bytes: an HMAC-SHA256 key as long as its output, written as 64 hex characters. */
const IDENTITY_SECRET_BYTES = 32;

/** Answers with the site's details; never cached, as they hold the identity secret. */
function sendDetails(response: Response, profile: SiteProfile, status = 200): void {
  const body: SiteDetailsResponse = { site: siteDetailsOf(profile) };
  response.status(status).setHeader('Cache-Control', 'no-store').json(body);
}

/**
 * `/api/sites`: creating sites and changing their profile (branding, origins, identity verification, bot),
 * for admins (the caller mounts it behind `signedIn` and `adminOnly`). Changes apply to the next widget
 * load and connection, on every relay process, as every read goes to the store.
 */
export function sitesRoutes({ store, now }: { store: Store; now: () => number }): Router {
  const router = Router();

  router.post('/', async (request, response) => {
    const input = check(createSiteSchema, request.body);
    if (!input.ok) return refuse(response, 400, 'invalid_payload', input.message);
    const created = await store.createSite({ ...input.value, createdAt: now() });
    if (!created)
      return refuse(response, 409, 'site_exists', `A site already has the id "${input.value.id}".`);
    sendDetails(response, created, 201);
  });

  router.get('/:siteId', async (request, response) => {
    const profile = await store.findSiteProfile(request.params.siteId);
    if (!profile) return refuse(response, 404, 'unknown_site', 'No such site.');
    sendDetails(response, profile);
  });

  router.patch('/:siteId', async (request, response) => {
    const input = check(updateSiteSchema, request.body);
    if (!input.ok) return refuse(response, 400, 'invalid_payload', input.message);
    const update = await store.updateSite(request.params.siteId, input.value);
    switch (update.status) {
      case 'unknown_site':
        return refuse(response, 404, 'unknown_site', 'No such site.');
      case 'bot_secret_missing':
        return refuse(
          response,
          400,
          'invalid_payload',
          'bot.secret: A webhook bot needs a secret of at least 32 characters.',
        );
      case 'updated':
        return sendDetails(response, update.site);
    }
  });

  router.post('/:siteId/identity-secret', async (request, response) => {
    const secret = randomBytes(IDENTITY_SECRET_BYTES).toString('hex');
    if (!(await store.setIdentitySecret(request.params.siteId, secret)))
      return refuse(response, 404, 'unknown_site', 'No such site.');
    const body: IdentitySecretResponse = { secret };
    response.setHeader('Cache-Control', 'no-store').json(body);
  });

  return router;
}
