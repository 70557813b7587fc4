import type { VisitorConversation } from '../../protocol/conversation.js';
import type { Entry } from '../../protocol/entries.js';

/**
 * The conversation after one committed entry, derived from the log so the panel shows who is answering even
 * before the relay's `conversation:updated` arrives.
 */
export function applyEntryToConversation(
  conversation: VisitorConversation | null,
  entry: Entry,
): VisitorConversation {
  const base: VisitorConversation =
    conversation !== null && conversation.id === entry.conversationId
      ? { ...conversation, lastSeq: Math.max(conversation.lastSeq, entry.seq) }
      : { id: entry.conversationId, state: 'bot', agent: null, lastSeq: entry.seq };
  switch (entry.kind) {
    case 'handoff_requested':
      return entry.trigger === 'agent_takeover' ? base : { ...base, state: 'waiting', agent: null };
    case 'agent_joined':
      return { ...base, state: 'agent', agent: entry.agent };
    case 'transferred':
      return { ...base, state: 'agent', agent: entry.to };
    case 'agent_left':
      return { ...base, state: 'waiting', agent: null };
    case 'handed_back':
    case 'reopened':
    case 'wait_timed_out':
    // Nobody could take the conversation, or the visitor left a message instead of waiting.
    case 'handoff_unavailable':
    case 'message_left':
      return { ...base, state: 'bot', agent: null };
    case 'resolved':
    case 'idle_closed':
      return { ...base, state: 'resolved', agent: null };
    default:
      return base;
  }
}

/**
 * Takes the relay's view of the conversation unless it is older than what the frame already derived (an
 * update can arrive after the entries that followed it).
 */
export function mergeConversation(
  current: VisitorConversation | null,
  update: VisitorConversation | null,
): VisitorConversation | null {
  if (update === null) return current;
  if (current !== null && current.id === update.id && update.lastSeq < current.lastSeq) return current;
  return update;
}

/** Whether the visitor has a conversation under way: one exists and is not resolved. */
export function isLive(conversation: VisitorConversation | null): boolean {
  return conversation !== null && conversation.state !== 'resolved';
}
