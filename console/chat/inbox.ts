import type { ConversationSummary } from '../../protocol/conversation.js';

/** The inbox's tabs, in the order they are shown. */
export const INBOX_TABS = ['waiting', 'bot', 'mine', 'others', 'resolved', 'messages'] as const;

/**
 * Where a conversation is listed: `waiting` for a person, watched while the `bot` answers, `mine` when the
 * signed-in agent owns it, `others` when a colleague does, or `resolved`. `messages` lists, besides, the
 * conversations whose visitor left a message to answer by email and that nobody resolved since.
 */
export type InboxTab = (typeof INBOX_TABS)[number];

/** The inbox's conversations, listed per tab in the order each tab shows them. */
export type InboxGroups = Record<InboxTab, ConversationSummary[]>;

/** Conversations by id, as the console holds them. */
export type ConversationsById = Readonly<Record<string, ConversationSummary>>;

/** The tab a conversation belongs in by who answers it, for the agent with id `myId`. */
export function tabOf(conversation: ConversationSummary, myId: string | null): Exclude<InboxTab, 'messages'> {
  switch (conversation.state) {
    case 'waiting':
      return 'waiting';
    case 'bot':
      return 'bot';
    case 'resolved':
      return 'resolved';
    case 'agent':
      return conversation.agent !== null && conversation.agent.id === myId ? 'mine' : 'others';
  }
}

function byId(a: ConversationSummary, b: ConversationSummary): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The queue's order: visitors whose agent dropped first (they had already been served), then the longest
 * wait first, so the visitor who asked first is served first.
 */
export function waitingOrder(a: ConversationSummary, b: ConversationSummary): number {
  if (a.isRequeued !== b.isRequeued) return a.isRequeued ? -1 : 1;
  return (a.waitingSince ?? a.updatedAt) - (b.waitingSince ?? b.updatedAt) || byId(a, b);
}

/** The oldest message left first: answered in the order they came. */
function oldestLeadFirst(a: ConversationSummary, b: ConversationSummary): number {
  return (a.lead?.at ?? 0) - (b.lead?.at ?? 0) || byId(a, b);
}

/** True for a conversation whose visitor left a message that is not answered yet (resolving answers it). */
export function hasOpenLead(conversation: ConversationSummary): boolean {
  return conversation.lead !== null && conversation.state !== 'resolved';
}

function newestActivityFirst(a: ConversationSummary, b: ConversationSummary): number {
  return b.updatedAt - a.updatedAt || byId(a, b);
}

/** Sorts conversations into the inbox's tabs, each in its own order. */
export function groupInbox(conversations: Iterable<ConversationSummary>, myId: string | null): InboxGroups {
  const groups: InboxGroups = { waiting: [], bot: [], mine: [], others: [], resolved: [], messages: [] };
  for (const conversation of conversations) {
    groups[tabOf(conversation, myId)].push(conversation);
    if (hasOpenLead(conversation)) groups.messages.push(conversation);
  }
  groups.waiting.sort(waitingOrder);
  groups.messages.sort(oldestLeadFirst);
  groups.bot.sort(newestActivityFirst);
  groups.mine.sort(newestActivityFirst);
  groups.others.sort(newestActivityFirst);
  groups.resolved.sort(newestActivityFirst);
  return groups;
}

/** Indexes a fresh inbox by conversation id. */
export function indexConversations(conversations: readonly ConversationSummary[]): ConversationsById {
  const index: Record<string, ConversationSummary> = {};
  for (const conversation of conversations) index[conversation.id] = conversation;
  return index;
}

/**
 * Adds or replaces conversations, in one copy of the inbox however many change (the relay sends a busy turn's
 * changes together). A summary older than the one held (a lower `lastSeq`, as when a late event arrives after
 * a fresh inbox) is ignored, since every change of state is itself a new entry; when nothing is newer, the
 * inbox is returned as it was.
 */
export function upsertConversations(
  conversations: ConversationsById,
  changed: readonly ConversationSummary[],
): ConversationsById {
  const newer = changed.filter((conversation) => {
    const held = conversations[conversation.id];
    return held === undefined || held.lastSeq <= conversation.lastSeq;
  });
  if (newer.length === 0) return conversations;
  const updated = { ...conversations };
  for (const conversation of newer) updated[conversation.id] = conversation;
  return updated;
}
