import type { EntryBody, RatingScore } from '../../protocol/entries.js';
import type { ConversationControl } from './conversation-control.js';
import { refusal, type Outcome, type Refusal } from './outcome.js';

/**
 * The visitor leaves a message for the team to answer by email: offered when nobody could take them, or
 * when a wait went on too long. It ends a wait: the assistant keeps helping meanwhile.
 */
export function leaveMessage(current: ConversationControl, email: string, text: string): Outcome | Refusal {
  if (current.state === 'agent') {
    return refusal('already_with_agent', 'You are talking with a person; write to them here.');
  }
  const reopened: EntryBody[] = current.state === 'resolved' ? [{ kind: 'reopened' }] : [];
  return {
    entries: [...reopened, { kind: 'message_left', email, text }],
    owner: { state: 'bot', agent: null },
    control: { isRatingOpen: false },
  };
}

/** The visitor rates the conversation: once per resolution, and only after it. */
export function rate(
  current: ConversationControl,
  score: RatingScore,
  comment: string | null,
): Outcome | Refusal {
  if (current.state !== 'resolved') {
    return refusal('invalid_transition', 'A conversation can be rated once it is resolved.');
  }
  if (!current.isRatingOpen) return refusal('already_rated', 'You have already rated this conversation.');
  return {
    entries: [{ kind: 'rated', score, comment }],
    owner: { state: 'resolved', agent: null },
    control: { isRatingOpen: false },
  };
}
