import type {
  AgentRef,
  EscalationStage,
  KnowledgeSource,
  QuickReply,
  RatingScore,
} from '../../protocol/entries.js';

/**
 * What the bot answered, as the dialog-manager port's `BotReply` has it (the core may not import the port,
 * so the relay's call site checks that the two agree).
 */
export interface BotAnswer {
  /** What the bot says, in order, one bot message each. Empty only with a handoff. */
  messages: { text: string; sources: KnowledgeSource[] }[];
  /** True when the bot found no good answer. */
  isMiss: boolean;
  /** How sure the bot is, from 0 to 1, when it says. */
  confidence?: number;
  /** Answers offered after the last message. */
  quickReplies?: QuickReply[];
  /** Set when the bot asks for a person, with why. */
  handoff?: { reason: string };
}

/** Everything that can be asked of a conversation, by whoever asks it. */
export type Command =
  | { type: 'visitor_message'; text: string }
  | { type: 'request_handoff' }
  | {
      type: 'bot_reply';
      reply: BotAnswer;
      /** The conversation's version when the visitor message being answered was committed. */
      computedAtVersion: number;
    }
  | { type: 'claim'; agent: AgentRef }
  /**
   * Routing gives the waiting conversation to `agent`. Names the wait it was decided for, so an assignment
   * racing a claim or another process's assignment changes nothing.
   */
  | { type: 'assign'; agent: AgentRef; waitingSince: number }
  | { type: 'agent_message'; agent: AgentRef; text: string }
  /** The owning agent `from` passes the conversation to `to` (the relay checks `to` is online). */
  | { type: 'transfer'; from: AgentRef; to: AgentRef; note: string | null }
  | { type: 'add_note'; agent: AgentRef; text: string }
  | { type: 'leave_message'; email: string; text: string }
  | { type: 'rate'; score: RatingScore; comment: string | null }
  | { type: 'hand_back'; agent: AgentRef }
  | { type: 'resolve'; agent: AgentRef }
  /**
   * The relay's own commands, issued when a stored deadline passes (see the relay's deadline sweeper). Each
   * names the fact it was decided on, so a sweep that read an older state changes nothing.
   */
  | {
      type: 'release_agent';
      agent: AgentRef;
      /** The `ownerVersion` at which the sweep found the agent disconnected past the grace period. */
      ownerVersion: number;
    }
  | { type: 'time_out_wait'; waitingSince: number }
  /** The wait that began at `waitingSince` reached the site's escalation time for `stage`. */
  | { type: 'escalate_wait'; waitingSince: number; stage: EscalationStage }
  | {
      type: 'close_idle';
      /** The version at which the sweep found the conversation idle; any commit since keeps it open. */
      version: number;
      idleSince: number;
    };

export type CommandType = Command['type'];
