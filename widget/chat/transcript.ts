import type { Entry } from '../../protocol/entries.js';
import type { ResumeResult } from '../../protocol/visitor-events.js';

/** The committed part of the visitor's conversation, as the frame holds it. */
export interface Transcript {
  /** The conversation the entries belong to, or null before the visitor's first message. */
  conversationId: string | null;
  /** Committed entries in seq order, without gaps after the first one held. */
  entries: readonly Entry[];
  /** The seq of the newest entry held; 0 when none is held. */
  lastSeq: number;
}

/** What adding one entry did: `appended`, `held` (already there, dropped), `gap` or `foreign` (resume). */
export type EntryOutcome = 'appended' | 'held' | 'gap' | 'foreign';

/** An empty transcript, before any conversation. */
export const EMPTY_TRANSCRIPT: Transcript = { conversationId: null, entries: [], lastSeq: 0 };

/**
 * Adds one committed entry. An entry with a seq the transcript already covers is dropped, the next seq is
 * appended, and anything further ahead (or from another conversation) is left for a resume to fetch, so
 * each entry is shown exactly once and in order.
 */
export function addEntry(
  transcript: Transcript,
  entry: Entry,
): { transcript: Transcript; outcome: EntryOutcome } {
  if (transcript.conversationId !== null && entry.conversationId !== transcript.conversationId) {
    return { transcript, outcome: 'foreign' };
  }
  if (entry.seq <= transcript.lastSeq) return { transcript, outcome: 'held' };
  if (entry.seq !== transcript.lastSeq + 1) return { transcript, outcome: 'gap' };
  return {
    transcript: {
      conversationId: entry.conversationId,
      entries: [...transcript.entries, entry],
      lastSeq: entry.seq,
    },
    outcome: 'appended',
  };
}

/**
 * Applies a `session:resume` answer. A full resync replaces what is held; otherwise the entries are added one
 * by one. `isComplete` is false when the client must resume again: the relay has more, or the answer left a
 * gap.
 */
export function applyResume(
  transcript: Transcript,
  result: Pick<ResumeResult, 'conversation' | 'entries' | 'isFullResync' | 'hasMore'>,
): { transcript: Transcript; isComplete: boolean } {
  let next: Transcript = transcript;
  if (result.isFullResync) {
    const first = result.entries[0];
    next = {
      conversationId: result.conversation?.id ?? first?.conversationId ?? null,
      entries: [],
      // A resync need not start at seq 1 (the relay may page); the first entry it sends is the new start.
      lastSeq: first === undefined ? 0 : first.seq - 1,
    };
  } else if (next.conversationId === null && result.conversation !== null) {
    next = { ...next, conversationId: result.conversation.id };
  }
  let hasGap = false;
  for (const entry of result.entries) {
    const added = addEntry(next, entry);
    if (added.outcome === 'gap' || added.outcome === 'foreign') {
      hasGap = true;
      break;
    }
    next = added.transcript;
  }
  return { transcript: next, isComplete: !result.hasMore && !hasGap };
}

/** The client ids of the committed entries, to match pending sends against. */
export function committedClientIds(transcript: Transcript): Set<string> {
  const ids = new Set<string>();
  for (const entry of transcript.entries) {
    if (entry.clientId !== null) ids.add(entry.clientId);
  }
  return ids;
}
