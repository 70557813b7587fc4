/** Builders of protocol values for the console's tests. */
import type { ConversationSummary } from '../../protocol/conversation.js';
import type { Entry } from '../../protocol/entries.js';

export const ALICE = { id: 'agent-alice', name: 'Alice' };
export const BOB = { id: 'agent-bob', name: 'Bob' };

/** A conversation summary; fields not given take plain defaults. */
export function summary(overrides: Partial<ConversationSummary> & { id: string }): ConversationSummary {
  return {
    state: 'bot',
    agent: null,
    lastSeq: 1,
    siteId: 'demo',
    visitor: {
      pageUrl: 'https://shop.example/pricing',
      pageTitle: 'Pricing',
      referrer: null,
      locale: 'en-GB',
    },
    createdAt: 1_000,
    updatedAt: 1_000,
    waitingSince: null,
    isRequeued: false,
    handoff: null,
    preview: 'Hello',
    identity: null,
    pages: [],
    lead: null,
    rating: null,
    ...overrides,
  };
}

/** A visitor message at `seq` of conversation `c1`, unless told otherwise. */
export function visitorEntry(seq: number, overrides: Partial<Entry> = {}): Entry {
  return {
    kind: 'visitor_message',
    text: `message ${seq}`,
    conversationId: 'c1',
    seq,
    at: 1_000 + seq,
    clientId: null,
    ...overrides,
  } as Entry;
}

/** An agent message committed at `seq`, carrying the client id it was sent with. */
export function agentEntry(seq: number, clientId: string, conversationId = 'c1'): Entry {
  return {
    kind: 'agent_message',
    text: `reply ${seq}`,
    agent: ALICE,
    conversationId,
    seq,
    at: 1_000 + seq,
    clientId,
  };
}
