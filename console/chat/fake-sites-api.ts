/** An in-memory sites API for the console's tests: the relay's behaviour for sites, without HTTP. */
import type { SiteBotView, SiteDetails } from '../../protocol/sites.js';
import type { ApiOutcome, SessionErrorCode, SitesApi } from './ports.js';
import { siteDetails } from './site-fixtures.js';

export interface FakeSitesApi extends SitesApi {
  sites: SiteDetails[];
  /** Every call, as `method(site)`. */
  calls: string[];
  /** The refusal the next call gets instead of its answer. */
  refuseNext(code: SessionErrorCode, message: string): void;
}

export function createFakeSitesApi(sites: SiteDetails[] = [siteDetails({ id: 'demo', name: 'Demo' })]) {
  let refusal: { code: SessionErrorCode; message: string } | null = null;
  let secrets = 0;

  function answer<Value>(call: string, value: () => Value): Promise<ApiOutcome<Value>> {
    api.calls.push(call);
    const refused = refusal;
    refusal = null;
    return Promise.resolve(refused ? { ok: false, ...refused } : { ok: true, value: value() });
  }

  function stored(siteId: string): SiteDetails {
    const site = api.sites.find((each) => each.id === siteId);
    if (site === undefined) throw new Error(`No site ${siteId} in the fake.`);
    return site;
  }

  function replace(site: SiteDetails): SiteDetails {
    api.sites = api.sites.map((each) => (each.id === site.id ? site : each));
    return site;
  }

  const api: FakeSitesApi = {
    sites,
    calls: [],
    refuseNext(code, message) {
      refusal = { code, message };
    },
    get: (siteId) => answer(`get(${siteId})`, () => stored(siteId)),
    create: (request) =>
      answer(`create(${request.id})`, () => {
        const site = siteDetails({
          id: request.id,
          name: request.name,
          allowedOrigins: request.allowedOrigins,
        });
        api.sites = [...api.sites, site];
        return site;
      }),
    update: (siteId, request) =>
      answer(`update(${siteId})`, () => {
        const site = stored(siteId);
        const { bot, identity, branding, ...rest } = request;
        const botView: SiteBotView | undefined =
          bot === undefined || bot.kind === 'relay' || bot.kind === 'knowledge'
            ? bot
            : {
                kind: bot.kind,
                url: bot.url,
                timeoutMs: bot.timeoutMs,
                hasSecret: bot.secret !== null || ('hasSecret' in site.bot && site.bot.hasSecret),
              };
        return replace({
          ...site,
          ...rest,
          branding: { ...site.branding, ...branding },
          identity: { ...site.identity, ...identity },
          bot: botView ?? site.bot,
        });
      }),
    generateIdentitySecret: (siteId) =>
      answer(`generateIdentitySecret(${siteId})`, () => {
        const secret = String(++secrets).padStart(64, '0');
        const site = stored(siteId);
        replace({ ...site, identity: { ...site.identity, secret } });
        return secret;
      }),
  };
  return api;
}
