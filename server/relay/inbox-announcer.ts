/**
 * Tells the inboxes of changed conversations once per turn of the event loop: what the turn's commits
 * changed goes out together when the turn is done (in its check phase, where `setImmediate` runs), each
 * conversation once, as it was last. Every console in the inbox gets every change, so per commit this cost a
 * packet to each of them: with five consoles in the inbox, a visitor's message cost the relay seven socket
 * writes instead of two. The commit worker answers a few commits at a time (see `createTurnBatch`), so a busy
 * relay now writes to each inbox once for several of them; a quiet one, with a commit a turn, writes as
 * before, in the same turn.
 */
export function createInboxAnnouncer<Conversation extends { id: string }>(
  announce: (conversations: Conversation[]) => void,
): (conversation: Conversation) => void {
  let changed = new Map<string, Conversation>();

  function flush(): void {
    const conversations = [...changed.values()];
    changed = new Map();
    announce(conversations);
  }

  return (conversation) => {
    if (changed.size === 0) setImmediate(flush);
    changed.set(conversation.id, conversation);
  };
}
