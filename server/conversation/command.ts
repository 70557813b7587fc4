import type { AgentRef, KnowledgeSource, QuickReply } from '../../protocol/entries.js';

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
  | { type: 'agent_message'; agent: AgentRef; text: string }
  | { type: 'hand_back'; agent: AgentRef }
  | { type: 'resolve'; agent: AgentRef };

export type CommandType = Command['type'];
