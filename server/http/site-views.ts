/**
 * What leaves the relay of a site's profile: admins read it all but the bot's secret, and the widget reads
 * only its branding and whether identities are required.
 */
import type { PublicSiteConfig, SiteBotView, SiteDetails } from '../../protocol/sites.js';
import type { SiteProfile } from '../store/site-store.js';

function botViewOf(bot: SiteProfile['bot']): SiteBotView {
  switch (bot.kind) {
    case 'relay':
    case 'knowledge':
      return { kind: bot.kind };
    case 'webhook':
    case 'rasa':
      return { kind: bot.kind, url: bot.url, hasSecret: bot.secret !== null, timeoutMs: bot.timeoutMs };
  }
}

/** The site as admins read it: the bot's secret never leaves the relay. */
export function siteDetailsOf(profile: SiteProfile): SiteDetails {
  return {
    id: profile.id,
    name: profile.name,
    allowedOrigins: profile.allowedOrigins,
    branding: profile.branding,
    identity: profile.identity,
    bot: botViewOf(profile.bot),
    retentionDays: profile.retentionDays,
    createdAt: profile.createdAt,
  };
}

/** The site as the widget reads it: nothing secret. */
export function publicSiteConfigOf(profile: SiteProfile): PublicSiteConfig {
  return {
    siteId: profile.id,
    branding: profile.branding,
    isIdentityRequired: profile.identity.isRequired,
  };
}
