/** The part of the store contract for visitors' identities: kept on the visitor, shown on their conversation. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VisitorIdentity } from '../../protocol/sites.js';
import type { Store } from './store.js';

const AT = 1_700_000_000_000;
const CONTEXT = { pageUrl: null, pageTitle: null, referrer: null, locale: null };
const ADA: VisitorIdentity = { id: 'user-1', name: 'Ada', email: 'ada@example.com', isVerified: true };

export function describeIdentityContract(adapterName: string, openStore: () => Promise<Store>): void {
  describe(`${adapterName} store contract: visitor identity`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await openStore();
      await store.upsertSite({ id: 'shop', name: 'Shop', allowedOrigins: [], createdAt: AT });
      await store.createVisitor({ id: 'v1', siteId: 'shop', tokenHash: 'hash-1', createdAt: AT });
    });

    afterEach(async () => {
      await store.close();
    });

    const startConversation = () =>
      store.ensureConversation({ id: 'c1', siteId: 'shop', visitorId: 'v1', visitor: CONTEXT, at: AT });

    it('starts a conversation with no identity until the visitor is identified', async () => {
      expect((await startConversation()).identity).toBeNull();
    });

    it('carries an identity given before the conversation onto the conversation it starts', async () => {
      expect(await store.setVisitorIdentity('v1', ADA)).toBeNull();
      expect((await startConversation()).identity).toEqual(ADA);
    });

    it('shows a new identity on the conversation already under way, replacing the old one', async () => {
      await store.setVisitorIdentity('v1', ADA);
      await startConversation();
      const grace = { id: 'user-2', name: null, email: null, isVerified: false };
      expect(await store.setVisitorIdentity('v1', grace)).toBe('c1');
      expect((await store.findConversation('c1'))?.identity).toEqual(grace);
      expect((await store.findConversationOfVisitor('v1'))?.identity).toEqual(grace);
    });

    it('never loses an identity given while the conversation is being started', async () => {
      // Twenty visitors, each identified at the very moment their first message starts the conversation.
      const visitors = Array.from({ length: 20 }, (_, index) => `racer-${index}`);
      for (const visitorId of visitors) {
        await store.createVisitor({
          id: visitorId,
          siteId: 'shop',
          tokenHash: `hash-${visitorId}`,
          createdAt: AT,
        });
      }
      await Promise.all(
        visitors.flatMap((visitorId) => [
          store.setVisitorIdentity(visitorId, ADA),
          store.ensureConversation({
            id: `c-${visitorId}`,
            siteId: 'shop',
            visitorId,
            visitor: CONTEXT,
            at: AT,
          }),
        ]),
      );
      for (const visitorId of visitors) {
        expect((await store.findConversationOfVisitor(visitorId))?.identity).toEqual(ADA);
      }
    });
  });
}
