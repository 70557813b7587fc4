import type { ConversationSummary } from '../../protocol/conversation.js';

/**
 * True when `next` is a visitor agents should be told about now: the conversation entered the queue (new,
 * or from any other state), it was requeued (its agent dropped), or it was offered to agents again while
 * still waiting. A re-offer has no field of its own in the summary; it shows as a new entry (`lastSeq`
 * grew) while the state stays `waiting` and the newest message (`preview`) is the same, since the only
 * entries that keep a conversation waiting without a message are the relay's escalations.
 */
export function isNewlyWaiting(
  previous: ConversationSummary | undefined,
  next: ConversationSummary,
): boolean {
  if (next.state !== 'waiting') return false;
  if (previous === undefined || previous.state !== 'waiting') return true;
  if (next.isRequeued && !previous.isRequeued) return true;
  return next.lastSeq > previous.lastSeq && next.preview === previous.preview;
}

/** How the console gets the agent's attention for a newly waiting visitor. */
export interface AlertPlan {
  /** Raise a desktop notification. */
  notify: boolean;
  /** Play the tone. */
  sound: boolean;
}

/**
 * Only a console in the background alerts: an agent looking at it sees the waiting tab's count change. The
 * notification needs the browser's permission; the tone does not.
 */
export function planAlert(isHidden: boolean, permission: string): AlertPlan {
  return { notify: isHidden && permission === 'granted', sound: isHidden };
}
