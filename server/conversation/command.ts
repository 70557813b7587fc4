import type { AgentRef, EntryBody } from '../../protocol/entries.js';

/** What the bot answered: the content of the bot message it appends. */
export type BotAnswer = Omit<Extract<EntryBody, { kind: 'bot_message' }>, 'kind'>;

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
