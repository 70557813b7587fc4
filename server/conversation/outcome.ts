import type { ProtocolError } from '../../protocol/errors.js';
import type { EntryBody } from '../../protocol/entries.js';
import type { Availability } from './availability.js';
import type { ConversationControl } from './conversation-control.js';
import type { HandoffRules } from './handoff-rules.js';

/** What a decision is made with besides the conversation and the command. */
export interface DecisionContext {
  /** Ms since the Unix epoch. */
  now: number;
  /** The conversation's site's rules. */
  rules: HandoffRules;
  /** Whether a person can take the conversation now; consulted only when a rule hands the visitor over. */
  availability: Availability;
}

/**
 * What a rule decides before the bookkeeping that follows from a change of owner: the entries, the owner
 * after them, and any control field the rule sets itself.
 */
export interface Outcome {
  entries: EntryBody[];
  owner: Pick<ConversationControl, 'state' | 'agent'>;
  /** Control fields this outcome sets; the rest follow from the change of owner, or stay. */
  control?: Partial<Omit<ConversationControl, 'state' | 'agent' | 'version' | 'ownerVersion'>>;
  /** True when the bot should answer the visitor message among `entries`. */
  asksBot?: boolean;
}

export type Refusal = { error: ProtocolError };

export function refusal(code: ProtocolError['code'], message: string): Refusal {
  return { error: { code, message } };
}

/** The owner of `current`, unchanged. */
export function sameOwner(current: ConversationControl): Outcome['owner'] {
  return { state: current.state, agent: current.agent };
}

/** One line of `text`, at most 120 characters, to quote in a reason. */
export function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 119)}…` : oneLine;
}
