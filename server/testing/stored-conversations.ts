/** Conversations for store tests, set up through the port as the relay would. */
import { NEW_CONVERSATION_CONTROL } from '../conversation/conversation-control.js';
import type { NewEntry, StoredConversation, Store } from '../store/store.js';

const { version: _version, ...botControl } = NEW_CONVERSATION_CONTROL;

export const NO_CONTEXT = { pageUrl: null, pageTitle: null, referrer: null, locale: null };

/** The conversation of a new visitor on `siteId`, started at `at`: its log empty, at version 0. */
export async function newConversation(
  store: Store,
  options: { id: string; siteId: string; at: number },
): Promise<StoredConversation> {
  const { id, siteId, at } = options;
  await store.createVisitor({ id: `visitor-${id}`, siteId, tokenHash: `hash-${id}`, createdAt: at });
  return store.ensureConversation({ id, siteId, visitorId: `visitor-${id}`, visitor: NO_CONTEXT, at });
}

/** A conversation of a new visitor on `siteId` whose log is `entries`, all committed at `at`. */
export async function conversationWith(
  store: Store,
  options: { id: string; siteId: string; at: number; entries: NewEntry[] },
): Promise<StoredConversation> {
  const { id, siteId, at, entries } = options;
  await newConversation(store, { id, siteId, at });
  const result = await store.commit({
    conversationId: id,
    expectedVersion: 0,
    control: botControl,
    entries,
    at,
  });
  if (result.status !== 'committed') throw new Error(`could not set up ${id}`);
  return result.conversation;
}

/** Appends more entries to a conversation at `at`, as its next commit. */
export async function appendTo(
  store: Store,
  conversation: StoredConversation,
  entries: NewEntry[],
  at: number,
): Promise<StoredConversation> {
  const result = await store.commit({
    conversationId: conversation.id,
    expectedVersion: conversation.version,
    control: botControl,
    entries,
    at,
  });
  if (result.status !== 'committed') throw new Error(`could not append to ${conversation.id}`);
  return result.conversation;
}

export function said(text: string): NewEntry {
  return { kind: 'visitor_message', text, clientId: null };
}
