import type { IdentitySecretResponse, SiteDetailsResponse } from '../../protocol/sites.js';
import type { SitesApi } from '../chat/ports.js';
import { createJsonCall, field, type Fetch } from './json-call.js';

function site(siteId: string): string {
  return `/api/sites/${encodeURIComponent(siteId)}`;
}

const readSite = field<SiteDetailsResponse, 'site'>('site');

/** The admins' sites over the relay's REST API on this origin. */
export function createSitesApi(fetchFn: Fetch = (input, init) => fetch(input, init)): SitesApi {
  const call = createJsonCall(fetchFn);
  return {
    get: (siteId) => call('GET', site(siteId), readSite),
    create: (request) => call('POST', '/api/sites', readSite, request),
    update: (siteId, request) => call('PATCH', site(siteId), readSite, request),
    generateIdentitySecret: (siteId) =>
      call('POST', `${site(siteId)}/identity-secret`, field<IdentitySecretResponse, 'secret'>('secret')),
  };
}
