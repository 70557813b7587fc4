import type { BotMessage, BotReply, BotTurn } from '../bot/dialog-manager.js';

/** A first visitor message, with nothing known of where the visitor is, as a bot is asked it. */
export function botTurn(text: string, overrides: Partial<BotTurn> = {}): BotTurn {
  return {
    siteId: 'demo',
    conversationId: 'c1',
    seq: 1,
    text,
    history: [],
    visitor: { pageUrl: null, pageTitle: null, referrer: null, locale: null },
    ...overrides,
  };
}

/** The one message of a reply that must have exactly one. */
export function onlyMessage(reply: BotReply): BotMessage {
  const [message, ...more] = reply.messages;
  if (!message || more.length > 0) throw new Error(`expected one message, got ${reply.messages.length}`);
  return message;
}
