import type { Entry } from '../../protocol/entries.js';
import { isVisitorsRequest } from './handoff-trigger.js';

/** Whether an entry came from the assistant, an agent or the relay, not from the visitor's own action. */
export function isFromOthers(entry: Entry): boolean {
  switch (entry.kind) {
    case 'visitor_message':
    case 'reopened':
    case 'message_left':
    case 'rated':
    // Stands for an entry only agents may read: nothing the visitor could see.
    case 'internal':
      return false;
    case 'handoff_requested':
      return !isVisitorsRequest(entry.trigger);
    default:
      return true;
  }
}

/** How many entries from others arrived after the visitor last saw the conversation (`seenSeq`). */
export function countUnread(entries: readonly Entry[], seenSeq: number): number {
  let count = 0;
  for (const entry of entries) {
    if (entry.seq > seenSeq && isFromOthers(entry)) count += 1;
  }
  return count;
}
