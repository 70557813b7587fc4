/**
 * The behaviour every Store adapter must have. Each adapter's test calls `describeStoreContract` with a
 * factory that opens a fresh, migrated, empty store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VisitorContext } from '../../protocol/conversation.js';
import type { AgentRef } from '../../protocol/entries.js';
import { NEW_CONVERSATION_CONTROL } from '../conversation/conversation-control.js';
import type { NextControl } from '../conversation/decide.js';
import { describeAnalyticsContract } from './analytics.contract.js';
import { describeCannedResponsesContract } from './canned-responses.contract.js';
import { describeIdentityContract } from './identity.contract.js';
import { describeHandoffContract } from './handoff.contract.js';
import { describeKnowledgeContract } from './knowledge.contract.js';
import { describePresenceContract } from './presence.contract.js';
import { describeRetentionContract } from './retention.contract.js';
import { describeSitesContract } from './sites.contract.js';
import type { NewEntry, StoredConversation, Store } from './store.js';
import { describeWebhooksContract } from './webhooks.contract.js';

const AT = 1_700_000_000_000;
const context: VisitorContext = {
  pageUrl: 'https://shop.example/',
  pageTitle: 'Shop',
  referrer: null,
  locale: 'en-GB',
};
const alice: AgentRef = { id: 'agent-alice', name: 'Alice' };
const { version: _version, ...botControl } = NEW_CONVERSATION_CONTROL;

function visitorMessage(text: string, clientId: string | null = null): NewEntry {
  return { kind: 'visitor_message', text, clientId };
}

export function describeStoreContract(adapterName: string, openStore: () => Promise<Store>): void {
  describe(`${adapterName} store contract`, () => {
    let store: Store;
    let conversation: StoredConversation;

    beforeEach(async () => {
      store = await openStore();
      await store.upsertSite({
        id: 'shop',
        name: 'Shop',
        allowedOrigins: ['https://shop.example'],
        createdAt: AT,
      });
      await store.createVisitor({ id: 'visitor-1', siteId: 'shop', tokenHash: 'hash-1', createdAt: AT });
      conversation = await store.ensureConversation({
        id: 'conversation-1',
        siteId: 'shop',
        visitorId: 'visitor-1',
        visitor: context,
        at: AT,
      });
    });

    afterEach(async () => {
      await store.close();
    });

    async function append(entries: NewEntry[], expectedVersion: number, control: NextControl = botControl) {
      return store.commit({ conversationId: conversation.id, expectedVersion, control, entries, at: AT + 1 });
    }

    it('creates a conversation with an empty log at version 0', () => {
      expect(conversation).toMatchObject({
        id: 'conversation-1',
        state: 'bot',
        version: 0,
        lastSeq: 0,
        visitor: context,
      });
    });

    it('gives a visitor one conversation however often it is ensured', async () => {
      const again = await store.ensureConversation({
        id: 'conversation-2',
        siteId: 'shop',
        visitorId: 'visitor-1',
        visitor: context,
        at: AT,
      });
      expect(again.id).toBe('conversation-1');
    });

    it('assigns gap-free seqs starting at 1 across commits', async () => {
      const first = await append([visitorMessage('Hi'), visitorMessage('Anyone?')], 0);
      const second = await append([visitorMessage('Hello?')], 1);
      expect(first.status === 'committed' && first.entries.map((entry) => entry.seq)).toEqual([1, 2]);
      expect(second.status === 'committed' && second.entries.map((entry) => entry.seq)).toEqual([3]);
      expect((await store.readEntries(conversation.id, 0, 100)).map((entry) => entry.seq)).toEqual([1, 2, 3]);
    });

    it('bumps the version and sets the control on commit', async () => {
      const control: NextControl = { ...botControl, state: 'agent', agent: alice, ownerVersion: 1 };
      const result = await append([{ kind: 'agent_joined', agent: alice, clientId: null }], 0, control);
      expect(result.status === 'committed' && result.conversation).toMatchObject({
        version: 1,
        state: 'agent',
        agent: alice,
        ownerVersion: 1,
        lastSeq: 1,
      });
      expect(await store.findConversation(conversation.id)).toMatchObject({
        version: 1,
        state: 'agent',
        agent: alice,
      });
    });

    it('refuses a commit at a stale version and writes nothing', async () => {
      await append([visitorMessage('first')], 0);
      expect(await append([visitorMessage('stale')], 0)).toEqual({ status: 'conflict' });
      expect(await store.readEntries(conversation.id, 0, 100)).toHaveLength(1);
      expect((await store.findConversation(conversation.id))?.version).toBe(1);
    });

    it('lets exactly one of many racing commits at the same version win', async () => {
      const control = (agent: AgentRef): NextControl => ({
        ...botControl,
        state: 'agent',
        agent,
        ownerVersion: 1,
      });
      const racers = Array.from({ length: 8 }, (_, index) => ({
        id: `agent-${index}`,
        name: `Agent ${index}`,
      }));
      const results = await Promise.all(
        racers.map((agent) => append([{ kind: 'agent_joined', agent, clientId: null }], 0, control(agent))),
      );
      expect(results.filter((result) => result.status === 'committed')).toHaveLength(1);
      expect(await store.readEntries(conversation.id, 0, 100)).toHaveLength(1);
    });

    it('never appends a client id twice, and returns the original entry instead', async () => {
      await append([visitorMessage('Hi', 'client-1')], 0);
      const resend = await append([visitorMessage('Hi', 'client-1')], 1);
      expect(resend).toMatchObject({
        status: 'duplicate',
        entry: { seq: 1, clientId: 'client-1', text: 'Hi' },
      });
      expect(await store.readEntries(conversation.id, 0, 100)).toHaveLength(1);
      expect(await store.findEntryByClientId(conversation.id, 'client-1')).toMatchObject({ seq: 1 });
      expect(await store.findEntryByClientId(conversation.id, 'client-2')).toBeNull();
    });

    it('commits requests made together as it would one by one, in arrival order', async () => {
      await store.createVisitor({ id: 'visitor-2', siteId: 'shop', tokenHash: 'hash-2', createdAt: AT });
      const other = await store.ensureConversation({
        id: 'conversation-2',
        siteId: 'shop',
        visitorId: 'visitor-2',
        visitor: context,
        at: AT,
      });
      const commitTo = (conversationId: string, entry: NewEntry, expectedVersion: number) =>
        store.commit({ conversationId, expectedVersion, control: botControl, entries: [entry], at: AT + 1 });
      const texts = async (conversationId: string) =>
        (await store.readEntries(conversationId, 0, 100)).map((entry) => 'text' in entry && entry.text);

      // Made in one turn of the event loop, so the store may write them in one batch.
      const results = await Promise.all([
        commitTo(conversation.id, visitorMessage('one', 'client-1'), 0),
        commitTo(other.id, visitorMessage('elsewhere', 'client-1'), 0),
        commitTo(conversation.id, visitorMessage('two', 'client-2'), 1),
        commitTo(conversation.id, visitorMessage('one', 'client-1'), 2),
        commitTo(conversation.id, visitorMessage('late', 'client-3'), 1),
      ]);

      expect(results.map((result) => result.status)).toEqual([
        'committed',
        'committed',
        'committed',
        'duplicate',
        'conflict',
      ]);
      expect(results[2]).toMatchObject({ conversation: { version: 2, lastSeq: 2, preview: 'two' } });
      expect(results[3]).toMatchObject({ entry: { seq: 1, clientId: 'client-1' } });
      expect(await texts(conversation.id)).toEqual(['one', 'two']);
      expect(await texts(other.id)).toEqual(['elsewhere']);
    });

    it('reads entries after a seq, in order, up to a limit', async () => {
      await append(
        ['a', 'b', 'c', 'd', 'e'].map((text) => visitorMessage(text)),
        0,
      );
      const page = await store.readEntries(conversation.id, 2, 2);
      expect(page.map((entry) => [entry.seq, entry.kind === 'visitor_message' && entry.text])).toEqual([
        [3, 'c'],
        [4, 'd'],
      ]);
    });

    it('round-trips every field of every kind of entry', async () => {
      const entries: NewEntry[] = [
        { kind: 'visitor_message', text: 'Ünïcode ✓ 🚀', clientId: 'c1' },
        {
          kind: 'bot_message',
          text: 'Answer',
          sources: [{ title: 'Returns', url: '/returns.html' }],
          isMiss: false,
          clientId: null,
        },
        {
          kind: 'handoff_requested',
          trigger: 'visitor_button',
          reason: 'Pressed the button.',
          clientId: null,
        },
        { kind: 'agent_joined', agent: alice, clientId: null },
        { kind: 'agent_message', text: 'Hello', agent: alice, clientId: 'c2' },
        { kind: 'handed_back', agent: alice, clientId: null },
        { kind: 'resolved', agent: alice, clientId: null },
        { kind: 'reopened', clientId: null },
        { kind: 'agent_left', agent: alice, reason: 'disconnected', clientId: null },
        { kind: 'wait_timed_out', waitedMs: 60_000, clientId: null },
        { kind: 'idle_closed', idleMs: 1_800_000, clientId: null },
      ];
      const committed = await append(entries, 0);
      const stored = await store.readEntries(conversation.id, 0, 100);
      expect(stored).toEqual(
        entries.map((entry, index) => ({
          ...entry,
          seq: index + 1,
          at: AT + 1,
          conversationId: conversation.id,
        })),
      );
      expect(committed).toEqual({ status: 'committed', conversation: expect.anything(), entries: stored });
    });

    it('keeps the newest message as the inbox preview', async () => {
      await append([visitorMessage('Where is my order?'), { kind: 'reopened', clientId: null }], 0);
      expect((await store.findConversation(conversation.id))?.preview).toBe('Where is my order?');
    });

    it('lists open conversations and only the most recent resolved ones', async () => {
      for (const index of [2, 3, 4]) {
        await store.createVisitor({
          id: `visitor-${index}`,
          siteId: 'shop',
          tokenHash: `hash-${index}`,
          createdAt: AT,
        });
        const other = await store.ensureConversation({
          id: `conversation-${index}`,
          siteId: 'shop',
          visitorId: `visitor-${index}`,
          visitor: context,
          at: AT + index,
        });
        await store.commit({
          conversationId: other.id,
          expectedVersion: 0,
          control: { ...botControl, state: 'resolved' },
          entries: [{ kind: 'resolved', agent: alice, clientId: null }],
          at: AT + index,
        });
      }
      const listed = await store.listConversations({ resolvedLimit: 2 });
      expect(listed.map((item) => item.id)).toEqual(['conversation-4', 'conversation-3', 'conversation-1']);
    });

    it('counts open conversations in each open state, naming every one', async () => {
      expect(await store.countOpenConversations()).toEqual({ bot: 1, waiting: 0, agent: 0 });
      await append(
        [{ kind: 'handoff_requested', trigger: 'visitor_button', reason: 'Asked', clientId: null }],
        0,
        {
          ...botControl,
          state: 'waiting',
          waitingSince: AT + 1,
        },
      );
      expect(await store.countOpenConversations()).toEqual({ bot: 0, waiting: 1, agent: 0 });
      await append([{ kind: 'resolved', agent: alice, clientId: null }], 1, {
        ...botControl,
        state: 'resolved',
      });
      expect(await store.countOpenConversations()).toEqual({ bot: 0, waiting: 0, agent: 0 });
    });

    it('answers a ping while open, and refuses one once closed', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.ping()).rejects.toThrow(Error);
      store = await openStore();
    });

    it('finds visitors by token hash only within their own site', async () => {
      await store.upsertSite({ id: 'other', name: 'Other', allowedOrigins: [], createdAt: AT });
      expect(await store.findVisitorByToken('shop', 'hash-1')).toMatchObject({ id: 'visitor-1' });
      expect(await store.findVisitorByToken('other', 'hash-1')).toBeNull();
      expect(await store.findVisitorByToken('shop', 'hash-unknown')).toBeNull();
    });

    it('updates a site in place', async () => {
      await store.upsertSite({
        id: 'shop',
        name: 'Shop 2',
        allowedOrigins: ['https://b.example'],
        createdAt: AT,
      });
      expect(await store.findSite('shop')).toMatchObject({
        name: 'Shop 2',
        allowedOrigins: ['https://b.example'],
      });
      expect(await store.findSite('missing')).toBeNull();
    });

    it('finds agents by email case-insensitively and counts them', async () => {
      await store.createAgent({
        id: 'a1',
        email: 'Alice@Example.com',
        name: 'Alice',
        role: 'admin',
        passwordHash: 'h',
        createdAt: AT,
      });
      expect(await store.countAgents()).toBe(1);
      expect(await store.findAgentByEmail('alice@example.COM')).toEqual({
        agent: { id: 'a1', email: 'alice@example.com', name: 'Alice', role: 'admin' },
        passwordHash: 'h',
      });
    });

    it('lists agents by name, and refuses a second agent with the same email', async () => {
      const agent = { role: 'agent' as const, passwordHash: 'h', createdAt: AT };
      expect(await store.createAgent({ ...agent, id: 'z', email: 'zoe@example.com', name: 'Zoe' })).toBe(
        true,
      );
      expect(await store.createAgent({ ...agent, id: 'b', email: 'bo@example.com', name: 'Bo' })).toBe(true);
      expect(await store.createAgent({ ...agent, id: 'x', email: 'ZOE@example.com', name: 'Other' })).toBe(
        false,
      );
      expect(await store.listAgents()).toEqual([
        { id: 'b', email: 'bo@example.com', name: 'Bo', role: 'agent' },
        { id: 'z', email: 'zoe@example.com', name: 'Zoe', role: 'agent' },
      ]);
    });

    it('finds a session until it expires or is deleted', async () => {
      await store.createAgent({
        id: 'a1',
        email: 'a@example.com',
        name: 'Alice',
        role: 'agent',
        passwordHash: 'h',
        createdAt: AT,
      });
      await store.createSession({ tokenHash: 's1', agentId: 'a1', createdAt: AT, expiresAt: AT + 1000 });
      expect(await store.findSessionAgent('s1', AT + 999)).toMatchObject({ id: 'a1' });
      expect(await store.findSessionAgent('s1', AT + 1000)).toBeNull();
      await store.deleteSession('s1');
      expect(await store.findSessionAgent('s1', AT)).toBeNull();
    });

    it('records where the visitor is without changing the version', async () => {
      const moved = { ...context, pageUrl: 'https://shop.example/returns' };
      expect(await store.updateVisitorContext(conversation.id, moved, AT + 5)).toBe(true);
      expect(await store.updateVisitorContext(conversation.id, moved, AT + 6)).toBe(false);
      expect(await store.findConversation(conversation.id)).toMatchObject({
        visitor: moved,
        version: 0,
        pages: [
          { url: 'https://shop.example/', title: 'Shop', at: AT },
          { url: 'https://shop.example/returns', title: 'Shop', at: AT + 5 },
        ],
      });
    });
  });
  describePresenceContract(adapterName, openStore);
  describeHandoffContract(adapterName, openStore);
  describeWebhooksContract(adapterName, openStore);
  describeRetentionContract(adapterName, openStore);
  describeAnalyticsContract(adapterName, openStore);
  describeCannedResponsesContract(adapterName, openStore);
  describeIdentityContract(adapterName, openStore);
  describeKnowledgeContract(adapterName, openStore);
  describeSitesContract(adapterName, openStore);
}
