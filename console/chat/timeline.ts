import type { Entry } from '../../protocol/entries.js';
import type { PendingMessage } from './outbox.js';

/** The committed entries the console holds for one conversation: seq 1 to `lastSeq`, without holes. */
export interface Timeline {
  conversationId: string;
  entries: readonly Entry[];
  /** The seq of the newest entry held; 0 when none is. */
  lastSeq: number;
}

/**
 * What became of a live entry: `held` (already there, dropped), `appended` (the next one), `gap` (entries
 * are missing before it: re-open from `lastSeq`), or `foreign` (another conversation's, dropped).
 */
export type EntryOutcome = 'held' | 'appended' | 'gap' | 'foreign';

/** What the timeline shows: committed entries, then this conversation's messages not yet committed. */
export type TimelineItem = { kind: 'entry'; entry: Entry } | { kind: 'pending'; message: PendingMessage };

/** An empty timeline for a conversation just opened. */
export function createTimeline(conversationId: string): Timeline {
  return { conversationId, entries: [], lastSeq: 0 };
}

/** Adds one entry, keeping the timeline gap-free: only the entry right after `lastSeq` is appended. */
export function addEntry(timeline: Timeline, entry: Entry): { timeline: Timeline; outcome: EntryOutcome } {
  if (entry.conversationId !== timeline.conversationId) return { timeline, outcome: 'foreign' };
  if (entry.seq <= timeline.lastSeq) return { timeline, outcome: 'held' };
  if (entry.seq !== timeline.lastSeq + 1) return { timeline, outcome: 'gap' };
  return {
    timeline: { ...timeline, entries: [...timeline.entries, entry], lastSeq: entry.seq },
    outcome: 'appended',
  };
}

/**
 * Adds entries in seq order (an open or resume answer). Entries already held are dropped; at the first gap
 * the rest are dropped too and `hasGap` tells the caller to ask again from the new `lastSeq`.
 */
export function addEntries(
  timeline: Timeline,
  entries: readonly Entry[],
): { timeline: Timeline; hasGap: boolean } {
  const appended: Entry[] = [];
  let lastSeq = timeline.lastSeq;
  for (const entry of entries) {
    if (entry.conversationId !== timeline.conversationId || entry.seq <= lastSeq) continue;
    if (entry.seq !== lastSeq + 1)
      return { timeline: withAppended(timeline, appended, lastSeq), hasGap: true };
    appended.push(entry);
    lastSeq = entry.seq;
  }
  return { timeline: withAppended(timeline, appended, lastSeq), hasGap: false };
}

function withAppended(timeline: Timeline, appended: readonly Entry[], lastSeq: number): Timeline {
  return appended.length === 0
    ? timeline
    : { ...timeline, entries: [...timeline.entries, ...appended], lastSeq };
}

/**
 * The items to show: the committed entries, then the outbox's messages for this conversation whose entry
 * has not arrived. A message whose committed entry is held is shown once, as the entry.
 */
export function timelineItems(timeline: Timeline, outbox: readonly PendingMessage[]): TimelineItem[] {
  const committedClientIds = new Set<string>();
  const items: TimelineItem[] = [];
  for (const entry of timeline.entries) {
    if (entry.clientId !== null) committedClientIds.add(entry.clientId);
    items.push({ kind: 'entry', entry });
  }
  for (const message of outbox) {
    if (message.conversationId !== timeline.conversationId || committedClientIds.has(message.clientId))
      continue;
    items.push({ kind: 'pending', message });
  }
  return items;
}
