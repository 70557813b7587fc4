import type { ConversationSummary, VisitorConversation } from '../../protocol/conversation.js';
import type { StoredConversation } from '../store/store.js';

/** The conversation as the visitor's widget sees it: who answers, and how far the log goes. */
export function toVisitorConversation(conversation: StoredConversation): VisitorConversation {
  const { id, state, agent, lastSeq } = conversation;
  return { id, state, agent, lastSeq };
}

/** The conversation as an agent's inbox sees it. */
export function toSummary(conversation: StoredConversation): ConversationSummary {
  const { siteId, visitor, createdAt, updatedAt, waitingSince, isRequeued, handoff, preview } = conversation;
  const { pages, lead, rating, identity } = conversation;
  return {
    ...toVisitorConversation(conversation),
    siteId,
    visitor,
    createdAt,
    updatedAt,
    waitingSince,
    isRequeued,
    handoff,
    preview,
    pages,
    lead,
    rating,
    identity,
  };
}
