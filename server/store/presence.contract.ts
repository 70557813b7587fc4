/**
 * The part of the store contract that lets several relay processes share presence and deadlines: which
 * agents are online on any live process, and which stored deadlines have passed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgentRef } from '../../protocol/entries.js';
import { NEW_CONVERSATION_CONTROL } from '../conversation/conversation-control.js';
import type { NextControl } from '../conversation/decide.js';
import { newConversation } from '../testing/stored-conversations.js';
import type { DeadlineCutoffs, Store } from './store.js';

const AT = 1_700_000_000_000;
const alice: AgentRef = { id: 'agent-alice', name: 'Alice' };
const bob: AgentRef = { id: 'agent-bob', name: 'Bob' };
const { version: _version, ...botControl } = NEW_CONVERSATION_CONTROL;
const NOTHING_DUE: DeadlineCutoffs = {
  aliveSince: AT,
  agentOfflineBefore: 0,
  waitingBefore: 0,
  idleBefore: 0,
  limit: 10,
};

export function describePresenceContract(adapterName: string, openStore: () => Promise<Store>): void {
  describe(`${adapterName} store contract: presence and deadlines`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await openStore();
      for (const agent of [alice, bob]) {
        await store.createAgent({
          ...agent,
          email: `${agent.id}@example.com`,
          role: 'agent',
          passwordHash: 'h',
          createdAt: AT,
        });
      }
      await store.upsertSite({ id: 'shop', name: 'Shop', allowedOrigins: [], createdAt: AT });
    });

    afterEach(async () => {
      await store.close();
    });

    /** A conversation with one visitor message, then committed into `control` at `at`. */
    async function conversationIn(id: string, control: NextControl, at: number) {
      await newConversation(store, { id, siteId: 'shop', at: AT });
      const result = await store.commit({
        conversationId: id,
        expectedVersion: 0,
        control,
        entries: [{ kind: 'visitor_message', text: 'Hello', clientId: null }],
        at,
      });
      if (result.status !== 'committed') throw new Error(`could not set up ${id}`);
      return result.conversation;
    }

    const withAgent = (agent: AgentRef): NextControl => ({
      ...botControl,
      state: 'agent',
      agent,
      ownerVersion: 1,
    });

    it('counts an agent online while a live relay process holds one of their sockets', async () => {
      await store.heartbeatNode('node-1', AT);
      await store.addAgentConnection({ socketId: 's1', nodeId: 'node-1', agentId: alice.id, at: AT });
      await conversationIn('c1', withAgent(alice), AT);
      expect(await store.listAgentPresence(AT)).toEqual([
        { ...alice, isOnline: true, status: 'online', load: 1 },
        { ...bob, isOnline: false, status: 'online', load: 0 },
      ]);

      await store.removeAgentConnection('s1', AT + 5);
      expect((await store.listAgentPresence(AT)).find((agent) => agent.id === alice.id)?.isOnline).toBe(
        false,
      );
    });

    it('does not count sockets on a process whose heartbeat stopped', async () => {
      await store.heartbeatNode('node-1', AT);
      await store.addAgentConnection({ socketId: 's1', nodeId: 'node-1', agentId: alice.id, at: AT });
      expect((await store.listAgentPresence(AT + 1))[0]?.isOnline).toBe(false);
    });

    it('reaps a silent process once, forgetting its sockets as of its last heartbeat', async () => {
      await store.heartbeatNode('dead', AT);
      await store.heartbeatNode('alive', AT + 10_000);
      await store.addAgentConnection({ socketId: 's1', nodeId: 'dead', agentId: alice.id, at: AT });
      await conversationIn('c1', withAgent(alice), AT);

      const reaped = await Promise.all([store.reapSilentNodes(AT + 5000), store.reapSilentNodes(AT + 5000)]);
      expect(reaped.toSorted()).toEqual([0, 1]);

      const cutoffs = { ...NOTHING_DUE, aliveSince: AT + 5000, agentOfflineBefore: AT + 1 };
      expect(await store.findDueDeadlines(cutoffs)).toEqual([
        { kind: 'agent_grace', conversationId: 'c1', agent: alice, ownerVersion: 1 },
      ]);
      expect(await store.findDueDeadlines({ ...cutoffs, agentOfflineBefore: AT })).toEqual([]);
    });

    it('forgets a process that stops cleanly, with its sockets', async () => {
      await store.heartbeatNode('node-1', AT);
      await store.addAgentConnection({ socketId: 's1', nodeId: 'node-1', agentId: alice.id, at: AT });
      await store.removeNode('node-1', AT + 3);
      await store.heartbeatNode('node-1', AT + 4);
      expect((await store.listAgentPresence(AT))[0]?.isOnline).toBe(false);
    });

    it('finds a disconnected agent’s conversations only after the grace period', async () => {
      await store.heartbeatNode('node-1', AT);
      await store.addAgentConnection({ socketId: 's1', nodeId: 'node-1', agentId: alice.id, at: AT });
      await conversationIn('c1', withAgent(alice), AT);
      const due = { ...NOTHING_DUE, agentOfflineBefore: AT + 100 };
      expect(await store.findDueDeadlines(due)).toEqual([]);

      await store.removeAgentConnection('s1', AT + 50);
      expect(await store.findDueDeadlines({ ...due, agentOfflineBefore: AT + 50 })).toEqual([]);
      expect(await store.findDueDeadlines(due)).toMatchObject([
        { kind: 'agent_grace', conversationId: 'c1' },
      ]);

      await store.addAgentConnection({ socketId: 's2', nodeId: 'node-1', agentId: alice.id, at: AT + 60 });
      expect(await store.findDueDeadlines(due)).toEqual([]);
    });

    it('finds visitors who waited past the timeout', async () => {
      await conversationIn('c1', { ...botControl, state: 'waiting', waitingSince: AT + 7 }, AT + 7);
      expect(await store.findDueDeadlines({ ...NOTHING_DUE, waitingBefore: AT + 7 })).toEqual([]);
      expect(await store.findDueDeadlines({ ...NOTHING_DUE, waitingBefore: AT + 8 })).toEqual([
        { kind: 'wait_timeout', conversationId: 'c1', waitingSince: AT + 7 },
      ]);
    });

    it('finds open conversations idle past the timeout, never resolved ones', async () => {
      await conversationIn('open', botControl, AT + 7);
      await conversationIn('done', { ...botControl, state: 'resolved' }, AT + 7);
      expect(await store.findDueDeadlines({ ...NOTHING_DUE, idleBefore: AT + 8 })).toEqual([
        { kind: 'idle_close', conversationId: 'open', version: 1, idleSince: AT + 7 },
      ]);
    });
  });
}
