/**
 * The part of the store contract the handoff workflow needs: the control fields it adds, leads and ratings
 * taken from the entries at commit, agents' statuses, the queue in order, and recent waits.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgentRef } from '../../protocol/entries.js';
import { NEW_CONVERSATION_CONTROL } from '../conversation/conversation-control.js';
import type { NextControl } from '../conversation/decide.js';
import type { NewEntry, Store } from './store.js';

const AT = 1_700_000_000_000;
const alice: AgentRef = { id: 'agent-alice', name: 'Alice' };
const { version: _version, ...botControl } = NEW_CONVERSATION_CONTROL;

const waitingSince = (since: number, isRequeued = false): NextControl => ({
  ...botControl,
  state: 'waiting',
  waitingSince: since,
  isRequeued,
});

export function describeHandoffContract(adapterName: string, openStore: () => Promise<Store>): void {
  describe(`${adapterName} store contract: handoff`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await openStore();
      for (const site of ['shop', 'blog']) {
        await store.upsertSite({ id: site, name: site, allowedOrigins: [], createdAt: AT });
      }
    });

    afterEach(async () => {
      await store.close();
    });

    async function conversation(id: string, siteId = 'shop') {
      await store.createVisitor({ id: `visitor-${id}`, siteId, tokenHash: `hash-${id}`, createdAt: AT });
      return store.ensureConversation({
        id,
        siteId,
        visitorId: `visitor-${id}`,
        visitor: { pageUrl: 'https://shop.example/', pageTitle: 'Shop', referrer: null, locale: null },
        at: AT,
      });
    }

    async function commit(
      id: string,
      expectedVersion: number,
      control: NextControl,
      entries: NewEntry[],
      at = AT,
    ) {
      const result = await store.commit({ conversationId: id, expectedVersion, control, entries, at });
      if (result.status !== 'committed') throw new Error(`could not commit to ${id}`);
      return result.conversation;
    }

    it('starts a conversation with the page the visitor is on and no lead or rating', async () => {
      expect(await conversation('c1')).toMatchObject({
        pages: [{ url: 'https://shop.example/', title: 'Shop', at: AT }],
        lead: null,
        rating: null,
        isRequeued: false,
        escalation: null,
        frustrationSignals: 0,
        lastQuestion: null,
        isRatingOpen: false,
      });
    });

    it('stores every control field a commit sets', async () => {
      await conversation('c1');
      const control: NextControl = {
        ...waitingSince(AT, true),
        escalation: 'reoffered',
        frustrationSignals: 2,
        lastQuestion: 'where is my order',
        isRatingOpen: true,
      };
      await commit('c1', 0, control, [{ kind: 'visitor_message', text: 'Hello', clientId: null }]);
      expect(await store.findConversation('c1')).toMatchObject({ ...control, version: 1 });
    });

    it('takes the lead from a left message and keeps it through later commits', async () => {
      await conversation('c1');
      const entry: NewEntry = {
        kind: 'message_left',
        email: 'ada@example.com',
        text: 'Call me',
        clientId: 'l1',
      };
      await commit('c1', 0, botControl, [entry], AT + 10);
      await commit(
        'c1',
        1,
        botControl,
        [{ kind: 'visitor_message', text: 'Thanks', clientId: null }],
        AT + 20,
      );
      expect((await store.findConversation('c1'))?.lead).toEqual({ email: 'ada@example.com', at: AT + 10 });
    });

    it('takes the rating from a rated entry', async () => {
      await conversation('c1');
      const resolved: NextControl = { ...botControl, state: 'resolved' };
      await commit('c1', 0, resolved, [{ kind: 'rated', score: 4, comment: 'Quick', clientId: 'r1' }]);
      expect((await store.findConversation('c1'))?.rating).toEqual({ score: 4, comment: 'Quick' });
    });

    it('keeps an agent online by default and stores the status they set', async () => {
      await store.createAgent({
        ...alice,
        email: 'alice@example.com',
        role: 'agent',
        passwordHash: 'h',
        createdAt: AT,
      });
      expect(await store.listAgentPresence(AT)).toMatchObject([{ id: alice.id, status: 'online' }]);
      await store.setAgentStatus(alice.id, 'away');
      expect(await store.listAgentPresence(AT)).toMatchObject([{ id: alice.id, status: 'away' }]);
    });

    it('lists a site’s waiting conversations requeued first, then oldest first', async () => {
      for (const id of ['c1', 'c2', 'c3']) await conversation(id);
      await conversation('other', 'blog');
      const hello: NewEntry[] = [{ kind: 'visitor_message', text: 'Hello', clientId: null }];
      await commit('c1', 0, waitingSince(AT + 1), hello);
      await commit('c2', 0, waitingSince(AT + 3, true), hello);
      await commit('c3', 0, waitingSince(AT + 2), hello);
      await commit('other', 0, waitingSince(AT), hello);
      const queue = await store.listWaitingConversations('shop');
      expect(queue.map((waiting) => waiting.id)).toEqual(['c2', 'c1', 'c3']);
      expect(queue[0]).toEqual({
        id: 'c2',
        siteId: 'shop',
        visitorId: 'visitor-c2',
        waitingSince: AT + 3,
        isRequeued: true,
        escalation: null,
      });
      expect(await store.listWaitingConversations(null)).toHaveLength(4);
    });

    it('lists the site’s recent waits newest first, leaving out takeovers and older joins', async () => {
      for (const id of ['c1', 'c2', 'c3']) await conversation(id);
      await conversation('other', 'blog');
      const joined = (waitedMs?: number): NewEntry[] => [
        {
          kind: 'agent_joined',
          agent: alice,
          ...(waitedMs === undefined ? {} : { waitedMs }),
          clientId: null,
        },
      ];
      const withAlice: NextControl = { ...botControl, state: 'agent', agent: alice };
      await commit('c1', 0, withAlice, joined(1000), AT + 100);
      await commit('c2', 0, withAlice, joined(), AT + 200);
      await commit('c3', 0, withAlice, joined(3000), AT + 300);
      await commit('other', 0, withAlice, joined(9000), AT + 300);
      expect(await store.listRecentWaits('shop', AT + 50, 10)).toEqual([3000, 1000]);
      expect(await store.listRecentWaits('shop', AT + 150, 10)).toEqual([3000]);
      expect(await store.listRecentWaits('shop', AT, 1)).toEqual([3000]);
    });
  });
}
