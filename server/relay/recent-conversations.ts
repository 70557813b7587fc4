import type { StoredConversation } from '../store/store.js';

/** How many conversations' state a process remembers: its busiest, about 1 kB each. */
export const RECENT_CONVERSATIONS_CAPACITY = 4096;

/**
 * The newest state this process has seen of its most recently used conversations, the least recently used
 * forgotten first. A command is decided on it without a read. The commit's compare-and-set on the version
 * still says whether it was current: a conversation another process has changed since costs a conflict and
 * a fresh read, never a wrong commit.
 */
export interface RecentConversations {
  get(id: string): StoredConversation | undefined;
  /** Keeps `conversation`, unless a newer version of it is already kept. */
  remember(conversation: StoredConversation): void;
}

export function createRecentConversations(capacity = RECENT_CONVERSATIONS_CAPACITY): RecentConversations {
  /** In order of use, least recent first: a Map iterates in insertion order. */
  const byId = new Map<string, StoredConversation>();
  return {
    get: (id) => byId.get(id),
    remember(conversation) {
      const kept = byId.get(conversation.id);
      if (kept && kept.version > conversation.version) return;
      byId.delete(conversation.id);
      byId.set(conversation.id, conversation);
      if (byId.size > capacity) byId.delete(byId.keys().next().value as string);
    },
  };
}
