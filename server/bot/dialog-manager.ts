import type { VisitorContext } from '../../protocol/conversation.js';
import type { Entry, KnowledgeSource, QuickReply } from '../../protocol/entries.js';
import type { AssistantTone } from '../../protocol/sites.js';

/** What the bot is asked to answer. */
export interface BotTurn {
  siteId: string;
  conversationId: string;
  /** The seq of the visitor's message to answer; with `conversationId`, it names the turn. */
  seq: number;
  /** The visitor's message to answer. */
  text: string;
  /** The conversation so far, oldest first, ending with the visitor's message. */
  history: readonly Entry[];
  /** Where the visitor is (page, referrer, locale), as their widget reported it. */
  visitor: VisitorContext;
  /** How the site's branding names the assistant and how it should sound; the bot's defaults when absent. */
  assistant?: { name: string; tone: AssistantTone };
}

/** One bubble of the bot's answer. */
export interface BotMessage {
  text: string;
  /** The documents the text came from; empty when it came from none. */
  sources: KnowledgeSource[];
}

/**
 * The bot's answer to one visitor message. The relay appends one bot message entry per message; the
 * conversation core decides from `isMiss`, `confidence` and `handoff` whether the visitor goes to a person.
 */
export interface BotReply {
  /** What the bot says, in order. Empty only when it asks for a person. */
  messages: BotMessage[];
  /** True when the bot found no good answer; two misses in a row hand the visitor to a person. */
  isMiss: boolean;
  /** How sure the bot is of its answer, from 0 to 1; a low one counts as a miss. Left out when unknown. */
  confidence?: number;
  /** Answers the visitor can pick with one press, offered after the last message. */
  quickReplies?: QuickReply[];
  /** Set when the bot asks for a person to take over; the reason is shown to the agent. */
  handoff?: { reason: string };
}

/**
 * The dialog-manager port: whatever produces the bot's turns. The relay calls it after a visitor message
 * is committed while the bot owns the conversation, and appends the reply only if the bot still owns the
 * conversation when the reply arrives; a late reply is dropped and counted, never shown.
 */
export interface DialogManager {
  /**
   * Answers one visitor message. Rejects only on failure, and the relay then apologises and offers a
   * person in the bot's place; "no good answer" is a reply with `isMiss`.
   */
  reply(turn: BotTurn): Promise<BotReply>;
}
