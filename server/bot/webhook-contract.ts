/**
 * The JSON the relay and a webhook bot exchange: what the relay POSTs for each visitor message, and the
 * answer it accepts. README.md in this folder documents it for bot authors, with examples.
 */
import * as v from 'valibot';
import type { VisitorContext } from '../../protocol/conversation.js';
import type { EntryKind } from '../../protocol/entries.js';
import type { AssistantTone } from '../../protocol/sites.js';
import { messageText } from '../../protocol/schemas.js';
import {
  handoffReason,
  MAX_BOT_MESSAGES,
  MAX_QUICK_REPLIES,
  MAX_SOURCES,
  quickReplyPayload,
  quickReplyTitle,
  sourceTitle,
  webAddress,
} from './answer-fields.js';
import { chosenQuickReply } from './chosen-quick-reply.js';
import type { BotReply, BotTurn } from './dialog-manager.js';

/** The contract's version, sent with every request; it changes only when a change would break a bot. */
export const WEBHOOK_CONTRACT_VERSION = 1;

/** One earlier message of the conversation, as a webhook bot sees it. */
export interface WebhookHistoryMessage {
  /** The message's position in the conversation's log; gap-free across all entries, not only messages. */
  seq: number;
  from: 'visitor' | 'bot' | 'agent';
  text: string;
  /** When the relay stored it, in milliseconds since the Unix epoch. */
  at: number;
}

/** What the relay POSTs to a webhook bot for each visitor message it must answer. */
export interface WebhookRequest {
  version: typeof WEBHOOK_CONTRACT_VERSION;
  siteId: string;
  conversationId: string;
  message: {
    /** With `conversationId`, names the turn: a retry after a relay restart repeats it. */
    seq: number;
    text: string;
    /** The payload of the quick reply the visitor picked, or null when they typed the message. */
    payload: string | null;
  };
  /** The messages before this one, oldest first; at most the last 20 entries of the log are looked at. */
  history: WebhookHistoryMessage[];
  /** Where the visitor is, as their widget reported it; each field null when unknown. */
  visitor: VisitorContext;
  /** The site's assistant: the name it goes by and the tone its owner chose, or null when unknown. */
  assistant: { name: string; tone: AssistantTone } | null;
}

/** Who said each kind of message; other entries (handoffs, agents joining) are not in the history. */
const SPEAKERS: Partial<Record<EntryKind, WebhookHistoryMessage['from']>> = {
  visitor_message: 'visitor',
  bot_message: 'bot',
  agent_message: 'agent',
};

/** The request for `turn`. */
export function webhookRequestFor(turn: BotTurn): WebhookRequest {
  const history = turn.history.flatMap((entry): WebhookHistoryMessage[] => {
    const from = SPEAKERS[entry.kind];
    return entry.seq < turn.seq && from && 'text' in entry
      ? [{ seq: entry.seq, from, text: entry.text, at: entry.at }]
      : [];
  });
  return {
    version: WEBHOOK_CONTRACT_VERSION,
    siteId: turn.siteId,
    conversationId: turn.conversationId,
    message: { seq: turn.seq, text: turn.text, payload: chosenQuickReply(turn)?.payload ?? null },
    history,
    visitor: turn.visitor,
    assistant: turn.assistant ?? null,
  };
}

/**
 * The answer a webhook bot sends back. Fields it leaves out, or sends as null, take their defaults; fields
 * the contract does not name are ignored, so a bot may send more than the relay reads.
 */
export const webhookAnswerSchema = v.object({
  messages: v.pipe(
    v.array(
      v.object({
        text: messageText,
        sources: v.nullish(
          v.pipe(
            v.array(v.object({ title: sourceTitle, url: v.nullish(webAddress, null) })),
            v.maxLength(MAX_SOURCES, `At most ${MAX_SOURCES} sources.`),
          ),
          [],
        ),
      }),
    ),
    v.maxLength(MAX_BOT_MESSAGES, `At most ${MAX_BOT_MESSAGES} messages.`),
  ),
  quickReplies: v.nullish(
    v.pipe(
      v.array(v.object({ title: quickReplyTitle, payload: v.nullish(quickReplyPayload) })),
      v.maxLength(MAX_QUICK_REPLIES, `At most ${MAX_QUICK_REPLIES} quick replies.`),
    ),
    [],
  ),
  confidence: v.nullish(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  handoff: v.nullish(v.object({ reason: handoffReason })),
});

export type WebhookAnswer = v.InferOutput<typeof webhookAnswerSchema>;

/** The checked answer as the dialog-manager port's reply. */
export function replyFromWebhookAnswer(answer: WebhookAnswer): BotReply {
  return {
    messages: answer.messages,
    isMiss: false,
    ...(answer.confidence == null ? {} : { confidence: answer.confidence }),
    ...(answer.quickReplies.length === 0
      ? {}
      : {
          quickReplies: answer.quickReplies.map((reply) => ({
            title: reply.title,
            payload: reply.payload ?? reply.title,
          })),
        }),
    ...(answer.handoff == null ? {} : { handoff: answer.handoff }),
  };
}
