/**
 * The webhook adapter: asks a bot of the site owner's own over HTTP, with the JSON contract of
 * `webhook-contract.ts`. It holds nothing per site, so one can be created for each site with its own bot.
 */
import { BotFailure, createFailureCounter, type RemoteDialogManager } from './bot-failure.js';
import { postToBot, type BotEndpoint } from './bot-endpoint.js';
import type { BotReply } from './dialog-manager.js';
import { replyFromWebhookAnswer, webhookAnswerSchema, webhookRequestFor } from './webhook-contract.js';

export function createWebhookBot(endpoint: BotEndpoint): RemoteDialogManager {
  const failures = createFailureCounter();
  return {
    reply: (turn) =>
      failures.counted(async (): Promise<BotReply> => {
        const answer = await postToBot(endpoint, webhookRequestFor(turn), webhookAnswerSchema);
        if (answer.messages.length === 0 && !answer.handoff) {
          throw new BotFailure('empty_reply', 'the answer has no message and asks for no person');
        }
        return replyFromWebhookAnswer(answer);
      }),
    failures: failures.snapshot,
  };
}
