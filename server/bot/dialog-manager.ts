import type { Entry, EntryBody } from '../../protocol/entries.js';

/** What the bot is asked to answer. */
export interface BotTurn {
  siteId: string;
  conversationId: string;
  /** The visitor's message to answer. */
  text: string;
  /** The conversation so far, oldest first, ending with the visitor's message. */
  history: readonly Entry[];
}

/**
 * The bot's answer to one visitor message: the content of the bot message it appends. `isMiss` is true when
 * the bot found no good answer; two misses in a row hand the visitor to a person.
 */
export type BotReply = Omit<Extract<EntryBody, { kind: 'bot_message' }>, 'kind'>;

/**
 * The dialog-manager port: whatever produces the bot's turns. The relay calls it after a visitor message
 * is committed while the bot owns the conversation, and appends the reply only if the bot still owns the
 * conversation when the reply arrives; a late reply is dropped and counted, never shown.
 */
export interface DialogManager {
  /** Answers one visitor message. Rejects only on failure; "no good answer" is a reply with `isMiss`. */
  reply(turn: BotTurn): Promise<BotReply>;
}
