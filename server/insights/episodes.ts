/**
 * What Insights counts as one conversation: an episode of a stored conversation. A visitor keeps one
 * conversation for good, reopened each time they come back after it was resolved, so its log holds one
 * episode per visit: from its first entry, or a `reopened` entry, through the `resolved` or `idle_closed`
 * entry that closes it. Every episode begins with the assistant answering.
 */
import type { Entry } from '../../protocol/entries.js';
import type { ConversationLog } from '../store/store.js';

export interface Episode {
  conversationId: string;
  /** When its first entry was committed, in ms since the Unix epoch. */
  startedAt: number;
  /** Its entries in seq order, through the one that closed it, or as far as the log goes. */
  entries: Entry[];
}

/** Who had the conversation when an entry was written. */
export type Owner = 'bot' | 'waiting' | 'agent' | 'closed';

const CLOSING_KINDS: ReadonlySet<Entry['kind']> = new Set(['resolved', 'idle_closed']);

/**
 * The episodes that begin in `log`. Entries before the first beginning belong to an episode that began
 * before the log does (a range can cut a conversation), so they are left out, as are any after a close.
 */
export function episodesOf(log: ConversationLog): Episode[] {
  const episodes: Episode[] = [];
  let current: Episode | null = null;
  for (const entry of log.entries) {
    if (entry.seq === 1 || entry.kind === 'reopened') {
      current = { conversationId: log.conversationId, startedAt: entry.at, entries: [] };
      episodes.push(current);
    }
    if (current === null) continue;
    current.entries.push(entry);
    if (CLOSING_KINDS.has(entry.kind)) current = null;
  }
  return episodes;
}

/** Who had the conversation just before each of the episode's entries, replayed from its beginning. */
export function ownersBefore(entries: readonly Entry[]): Owner[] {
  let owner: Owner = 'bot';
  return entries.map((entry) => {
    const before = owner;
    owner = ownerAfter(owner, entry);
    return before;
  });
}

function ownerAfter(owner: Owner, entry: Entry): Owner {
  switch (entry.kind) {
    case 'handoff_requested':
    case 'agent_left':
      return 'waiting';
    case 'agent_joined':
    case 'transferred':
      return 'agent';
    case 'handed_back':
    case 'wait_timed_out':
    case 'reopened':
    case 'message_left':
      return 'bot';
    case 'resolved':
    case 'idle_closed':
      return 'closed';
    case 'visitor_message':
    case 'bot_message':
    case 'agent_message':
    case 'handoff_unavailable':
    case 'wait_escalated':
    case 'note_added':
    case 'internal':
    case 'rated':
      return owner;
  }
}
