import type { ConversationSummary, VisitorConversation } from '../../protocol/conversation.js';
import type { StoredConversation } from '../store/store.js';

/** The conversation as the visitor's widget sees it: who answers, and how far the log goes. */
export function toVisitorConversation(conversation: StoredConversation): VisitorConversation {
  const { id, state, agent, lastSeq } = conversation;
  return { id, state, agent, lastSeq };
}

/** The conversation as an agent's inbox sees it. */
export function toSummary(conversation: StoredConversation): ConversationSummary {
  // Field by field rather than spread: the inbox gets one of these with every message committed.
  return {
    id: conversation.id,
    state: conversation.state,
    agent: conversation.agent,
    lastSeq: conversation.lastSeq,
    siteId: conversation.siteId,
    visitor: conversation.visitor,
    createdAt: conversation.createdAt,
    updatedAt: conversation.updatedAt,
    waitingSince: conversation.waitingSince,
    isRequeued: conversation.isRequeued,
    handoff: conversation.handoff,
    preview: conversation.preview,
    pages: conversation.pages,
    lead: conversation.lead,
    rating: conversation.rating,
    identity: conversation.identity,
  };
}
