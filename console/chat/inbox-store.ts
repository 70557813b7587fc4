import { atom, computed, type ReadableAtom } from 'nanostores';
import type { ConversationSummary } from '../../protocol/conversation.js';
import {
  groupInbox,
  indexConversations,
  upsertConversations,
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
  /** Adds or updates the conversations of a live event, as one change. */
  upsert(conversations: readonly ConversationSummary[]): void;
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
    upsert: (conversations) => $conversations.set(upsertConversations($conversations.get(), conversations)),
    clear: () => $conversations.set({}),
  };
}
