/** Sites as the relay describes them, for the console's tests. */
import { DEFAULT_BRANDING, type SiteDetails } from '../../protocol/sites.js';

/** A stored site; fields not given take a new site's defaults. */
export function siteDetails(overrides: Partial<SiteDetails> & { id: string }): SiteDetails {
  return {
    name: overrides.id,
    allowedOrigins: [],
    branding: DEFAULT_BRANDING,
    identity: { secret: null, isRequired: false },
    bot: { kind: 'relay' },
    retentionDays: null,
    createdAt: 1_000,
    ...overrides,
  };
}
