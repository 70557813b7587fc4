import type { BotReply, BotTurn, DialogManager } from '../bot/dialog-manager.js';

/**
 * A small scripted bot for relay tests: it answers the questions it was given and misses the rest. While
 * `hold()` is in force, replies wait until `release()`, so a test can take a conversation over while a
 * reply is being computed.
 */
export function createScriptedBot(answers: Record<string, string>) {
  let gate: Promise<void> | null = null;
  let open: () => void = () => undefined;
  const turns: BotTurn[] = [];

  const bot: DialogManager = {
    async reply(turn): Promise<BotReply> {
      turns.push(turn);
      if (gate) await gate;
      const answer = answers[turn.text.toLowerCase()];
      return answer
        ? { messages: [{ text: answer, sources: [{ title: 'FAQ', url: '/faq.html' }] }], isMiss: false }
        : { messages: [{ text: 'I do not know that one.', sources: [] }], isMiss: true };
    },
  };

  return {
    bot,
    turns,
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release() {
      gate = null;
      open();
    },
  };
}
