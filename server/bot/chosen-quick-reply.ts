import type { QuickReply } from '../../protocol/entries.js';
import type { BotTurn } from './dialog-manager.js';

/**
 * The quick reply the visitor picked with this turn's message, if any. Pressing a quick reply sends its
 * title as the visitor's message, so the pick is the reply offered by the bot message just before it whose
 * title is the message's text; a visitor who types the same words has made the same choice.
 */
export function chosenQuickReply(turn: BotTurn): QuickReply | null {
  const previous = turn.history.find((entry) => entry.seq === turn.seq - 1);
  if (previous?.kind !== 'bot_message') return null;
  const text = turn.text.trim();
  return previous.quickReplies?.find((reply) => reply.title.trim() === text) ?? null;
}
