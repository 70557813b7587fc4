import type { Entry, EntryKind } from '../../protocol/entries.js';

/** A form the panel offers, and the seq of the entry that offered it. */
export interface FormOffer {
  /** `rating`: rate the resolved conversation. `lead`: leave a message for the team, nobody being free. */
  kind: 'rating' | 'lead';
  seq: number;
}

/** What ends the offer to leave a message: it was left, a person took over, or the conversation ended. */
const ENDS_LEAD_OFFER: ReadonlySet<EntryKind> = new Set<EntryKind>([
  'message_left',
  'handoff_requested',
  'agent_joined',
  'resolved',
  'idle_closed',
]);

/**
 * The form to offer at the end of the log, if any. A rating is offered while the newest entry the visitor can
 * see is `resolved` (a rating, or a message that reopens the conversation, ends it). Leaving a message is
 * offered after nobody could take the chat (`handoff_unavailable`) or the wait was escalated to it, until
 * something in {@link ENDS_LEAD_OFFER} happens; the visitor may go on talking with the assistant meanwhile.
 */
export function offeredForm(entries: readonly Entry[]): FormOffer | null {
  let isNewest = true;
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entry = entries[index] as Entry;
    // An entry only agents may read changes nothing for the visitor.
    if (entry.kind === 'internal') continue;
    if (entry.kind === 'resolved' && isNewest) return { kind: 'rating', seq: entry.seq };
    isNewest = false;
    if (
      entry.kind === 'handoff_unavailable' ||
      (entry.kind === 'wait_escalated' && entry.stage === 'message_offered')
    ) {
      return { kind: 'lead', seq: entry.seq };
    }
    if (ENDS_LEAD_OFFER.has(entry.kind)) return null;
  }
  return null;
}
