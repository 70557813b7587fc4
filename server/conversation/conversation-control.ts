import type { ConversationState } from '../../protocol/conversation.js';
import type { AgentRef, EscalationStage, HandoffTrigger } from '../../protocol/entries.js';

/**
 * The part of a conversation that decides who may speak in it: what the state machine reads and writes.
 * The store keeps it beside the log and changes it only by compare-and-set on `version`.
 */
export interface ConversationControl {
  state: ConversationState;
  /** The owning agent while the state is `agent`, otherwise null. */
  agent: AgentRef | null;
  /** Bumped by every commit; the compare-and-set token. */
  version: number;
  /**
   * The version at which the current owner (bot, queue or agent) took the conversation. A bot reply computed
   * at an earlier version was computed for a previous owner and must be dropped.
   */
  ownerVersion: number;
  /** Bot answers in a row that found nothing; two hand the visitor to a person. */
  botMissStreak: number;
  /** While waiting: when the visitor asked for a person, in ms since the Unix epoch. */
  waitingSince: number | null;
  /** The newest handoff's trigger and reason. */
  handoff: { trigger: HandoffTrigger; reason: string } | null;
  /**
   * True while waiting again after the agent's connection dropped: such a visitor goes to the front of the
   * queue, as they were already being helped.
   */
  isRequeued: boolean;
  /** While waiting: how far the wait has been escalated, or null before the first escalation. */
  escalation: EscalationStage | null;
  /** Frustration signals (a repeated question, "this is useless") while with the current owner. */
  frustrationSignals: number;
  /** The visitor's newest message to the bot, normalised, to notice the same question asked again. */
  lastQuestion: string | null;
  /** True from a resolution until the visitor rates it or writes again: a rating is welcome. */
  isRatingOpen: boolean;
}

/** The control of a conversation that has just been created and holds no entries. */
export const NEW_CONVERSATION_CONTROL: ConversationControl = {
  state: 'bot',
  agent: null,
  version: 0,
  ownerVersion: 0,
  botMissStreak: 0,
  waitingSince: null,
  handoff: null,
  isRequeued: false,
  escalation: null,
  frustrationSignals: 0,
  lastQuestion: null,
  isRatingOpen: false,
};
