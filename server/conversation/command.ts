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
  | {
      type: 'close_idle';
      /** The version at which the sweep found the conversation idle; any commit since keeps it open. */
      version: number;
      idleSince: number;
    };

export type CommandType = Command['type'];
