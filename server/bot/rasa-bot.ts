/**
 * The Rasa adapter: talks to an existing Rasa assistant through Rasa's REST channel (`rest:` in its
 * credentials.yml), so the assistant works unchanged. Each visitor message is POSTed as
 * `{sender, message, metadata}` to /webhooks/rest/webhook; Rasa answers with an array of bot messages, whose
 * texts become bot messages and whose buttons become quick replies. A message with the custom payload
 * `{"handoff": true}` or `{"handoff": {"reason": "…"}}` asks for a person (see README.md in this folder).
 */
import * as v from 'valibot';
import { messageText } from '../../protocol/schemas.js';
import {
  handoffReason,
  MAX_BOT_MESSAGES,
  MAX_QUICK_REPLIES,
  quickReplyPayload,
  quickReplyTitle,
} from './answer-fields.js';
import { BotFailure, createFailureCounter, type RemoteDialogManager } from './bot-failure.js';
import { postToBot, type BotEndpoint } from './bot-endpoint.js';
import { chosenQuickReply } from './chosen-quick-reply.js';
import type { BotReply, BotTurn } from './dialog-manager.js';

/** The REST channel's path under the Rasa server's address. */
export const RASA_REST_WEBHOOK_PATH = 'webhooks/rest/webhook';

/** The handoff reason the agent sees when the assistant asks for a person without saying why. */
export const RASA_DEFAULT_HANDOFF_REASON = 'The Rasa assistant asked for a person.';

/**
 * Rasa's answer: one object per bot message, each with any of `text`, `buttons`, `image`, `attachment` and
 * `custom`. Only text, buttons and a handoff request are used: the widget shows text only.
 */
const rasaAnswerSchema = v.pipe(
  v.array(
    v.object({
      recipient_id: v.optional(v.string()),
      text: v.optional(messageText),
      buttons: v.optional(v.array(v.object({ title: quickReplyTitle, payload: quickReplyPayload }))),
      custom: v.optional(v.unknown()),
    }),
  ),
  v.maxLength(MAX_BOT_MESSAGES, `At most ${MAX_BOT_MESSAGES} messages.`),
);

type RasaAnswer = v.InferOutput<typeof rasaAnswerSchema>;

/** A custom payload about a handoff: `true` or an object asks for a person, `false` does not. */
const handoffPayloadSchema = v.object({
  handoff: v.union([v.boolean(), v.object({ reason: v.optional(handoffReason) })]),
});

/** `server` is the Rasa server's address, such as `http://localhost:5005`. */
export function createRasaBot(server: BotEndpoint): RemoteDialogManager {
  // Relative to the address as a folder, so a Rasa served under a path prefix keeps it.
  const base = server.url.endsWith('/') ? server.url : `${server.url}/`;
  const endpoint = { ...server, url: new URL(RASA_REST_WEBHOOK_PATH, base).href };
  const failures = createFailureCounter();
  return {
    reply: (turn) =>
      failures.counted(async () =>
        replyFromRasaAnswer(await postToBot(endpoint, rasaRequestFor(turn), rasaAnswerSchema)),
      ),
    failures: failures.snapshot,
  };
}

/**
 * The REST channel's request. The conversation id is Rasa's sender id, so Rasa keeps one tracker per
 * conversation; a picked quick reply sends its payload, as Rasa's own widgets do.
 */
function rasaRequestFor(turn: BotTurn) {
  return {
    sender: turn.conversationId,
    message: chosenQuickReply(turn)?.payload ?? turn.text,
    metadata: { siteId: turn.siteId, visitor: turn.visitor },
  };
}

function replyFromRasaAnswer(answer: RasaAnswer): BotReply {
  const messages = answer.flatMap((item) =>
    item.text === undefined ? [] : [{ text: item.text, sources: [] }],
  );
  const quickReplies = answer.flatMap((item) => item.buttons ?? []);
  const handoff = answer.map((item) => handoffIn(item.custom)).find((request) => request !== null);
  if (messages.length === 0 && !handoff) {
    throw new BotFailure('empty_reply', 'Rasa answered with no text and asked for no person');
  }
  if (quickReplies.length > MAX_QUICK_REPLIES) {
    throw new BotFailure('invalid_reply', `buttons: at most ${MAX_QUICK_REPLIES} in one answer`);
  }
  return {
    messages,
    isMiss: false,
    ...(quickReplies.length === 0 ? {} : { quickReplies }),
    ...(handoff ? { handoff } : {}),
  };
}

/** The handoff a custom payload asks for, or null when it asks for none. */
function handoffIn(custom: unknown): { reason: string } | null {
  const isHandoffPayload = typeof custom === 'object' && custom !== null && 'handoff' in custom;
  if (!isHandoffPayload) return null;
  const result = v.safeParse(handoffPayloadSchema, custom);
  if (!result.success) {
    const [issue] = result.issues;
    throw new BotFailure('invalid_reply', `custom.handoff: ${issue.message}`);
  }
  const { handoff } = result.output;
  if (handoff === false) return null;
  if (handoff === true) return { reason: RASA_DEFAULT_HANDOFF_REASON };
  return { reason: handoff.reason ?? RASA_DEFAULT_HANDOFF_REASON };
}
