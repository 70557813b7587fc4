import { atom, computed, type ReadableAtom } from 'nanostores';
import type { ConversationSummary } from '../../protocol/conversation.js';
import {
  groupInbox,
  indexConversations,
  upsertConversation,
  type ConversationsById,
  type InboxGroups,
} from './inbox.js';

/** The inbox: every conversation the console knows, grouped into tabs for the signed-in agent. */
export interface InboxStore {
  $conversations: ReadableAtom<ConversationsById>;
  $groups: ReadableAtom<InboxGroups>;
  /** Visitors waiting for a person. */
  $waitingCount: ReadableAtom<number>;
  /** Replaces the whole inbox with a fresh answer from the relay. */
  replace(conversations: readonly ConversationSummary[]): void;
  /** Adds or updates one conversation from a live event. */
  upsert(conversation: ConversationSummary): void;
  clear(): void;
}

/** Creates the inbox store; `$myId` is the signed-in agent's id, which decides what is "mine". */
export function createInboxStore($myId: ReadableAtom<string | null>): InboxStore {
  const $conversations = atom<ConversationsById>({});
  const $groups = computed([$conversations, $myId], (conversations, myId) =>
    groupInbox(Object.values(conversations), myId),
  );
  const $waitingCount = computed($groups, (groups) => groups.waiting.length);

  return {
    $conversations,
    $groups,
    $waitingCount,
    replace: (conversations) => $conversations.set(indexConversations(conversations)),
    upsert: (conversation) => $conversations.set(upsertConversation($conversations.get(), conversation)),
    clear: () => $conversations.set({}),
  };
}
