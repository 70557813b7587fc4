/**
 * Writes hand-built conversation logs into a real store, entry by entry at their own times, as the relay
 * would have committed them: for tests of what is read back from stored logs.
 */
import { NEW_CONVERSATION_CONTROL } from '../conversation/conversation-control.js';
import type { ConversationLog, NewEntry, Store } from '../store/store.js';

const { version: _version, ...closedControl } = { ...NEW_CONVERSATION_CONTROL, state: 'resolved' as const };

/**
 * Stores each log as a conversation of `siteId` with a visitor of its own. The conversations are left
 * resolved, so that no deadline of a running relay acts on them.
 */
export async function storeLogs(
  store: Store,
  siteId: string,
  logs: readonly ConversationLog[],
): Promise<void> {
  for (const { conversationId, entries } of logs) {
    const visitorId = `visitor-of-${conversationId}`;
    const createdAt = entries[0]?.at ?? 0;
    await store.createVisitor({ id: visitorId, siteId, tokenHash: `hash-of-${conversationId}`, createdAt });
    await store.ensureConversation({
      id: conversationId,
      siteId,
      visitorId,
      visitor: { pageUrl: null, pageTitle: null, referrer: null, locale: null },
      at: createdAt,
    });
    for (const [version, stored] of entries.entries()) {
      // The store numbers the entries itself; what is left of an entry is what a commit carries.
      const { conversationId: _conversationId, seq: _seq, at, ...entry } = stored;
      const result = await store.commit({
        conversationId,
        expectedVersion: version,
        control: closedControl,
        entries: [entry as NewEntry],
        at,
      });
      if (result.status !== 'committed')
        throw new Error(`could not store ${conversationId}: ${result.status}`);
    }
  }
}
