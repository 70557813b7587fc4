/**
 * The store port's part for sites as their owners shape them: branding, allowed origins, identity
 * verification and the bot. The relay reads a site's whole profile, the bot's secret included; what leaves
 * the relay is derived from it (`http/site-views.ts`).
 */
import type { IdentityVerification, SiteBot, SiteBranding, UpdateSiteRequest } from '../../protocol/sites.js';

/** Everything stored about a site. Holds secrets: never sent to a client as it is. */
export interface SiteProfile {
  id: string;
  name: string;
  /** Origins whose pages may embed the widget, besides the relay's own. */
  allowedOrigins: string[];
  /** Complete: fields never set take `DEFAULT_BRANDING`'s. */
  branding: SiteBranding;
  identity: IdentityVerification;
  /** With its secret, for the relay's own requests to the bot. */
  bot: SiteBot;
  /** Conversations with no new entry for this many days are deleted; null keeps them forever. */
  retentionDays: number | null;
  /** In ms since the Unix epoch. */
  createdAt: number;
}

/** A site to create: no identity secret, identities not required, and the relay's own bot. */
export interface NewSite {
  id: string;
  name: string;
  allowedOrigins: string[];
  /** Fields left out take `DEFAULT_BRANDING`'s. */
  branding?: Partial<SiteBranding>;
  createdAt: number;
}

export type SiteUpdate =
  | { status: 'updated'; site: SiteProfile }
  | { status: 'unknown_site' }
  /** A webhook bot given with `secret: null`, and no secret stored to keep: nothing was written. */
  | { status: 'bot_secret_missing' };

export interface SiteStore {
  /** Adds a site and returns its profile; null, and nothing stored, when a site already has its id. */
  createSite(site: NewSite): Promise<SiteProfile | null>;
  findSiteProfile(id: string): Promise<SiteProfile | null>;
  /**
   * Changes the parts of the site that `changes` gives, in one transaction: `branding` field by field,
   * `bot` as a whole. A bot over HTTP given with `secret: null` keeps the secret stored for the site's
   * current bot over HTTP, if it has one; a webhook bot must end up with a secret.
   */
  updateSite(id: string, changes: UpdateSiteRequest): Promise<SiteUpdate>;
  /** Replaces the site's identity verification secret; false when there is no such site. */
  setIdentitySecret(id: string, secret: string): Promise<boolean>;
}
