/**
 * The store port's part for visitors' identities: who the host page says a visitor is, and whether the
 * site's secret vouched for it. The identity belongs to the visitor, and is copied onto their conversation
 * so that agents read it with everything else they see of the visitor.
 */
import type { VisitorIdentity } from '../../protocol/sites.js';

export interface IdentityStore {
  /**
   * Records the visitor's identity, replacing any earlier one, on the visitor and on their conversation if
   * they have one. Resolves to that conversation's id, or null when they have none yet.
   */
  setVisitorIdentity(visitorId: string, identity: VisitorIdentity): Promise<string | null>;
}
