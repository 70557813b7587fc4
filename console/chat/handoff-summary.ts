import type { Entry, KnowledgeSource } from '../../protocol/entries.js';

/** How many of the visitor's questions, each with the bot's answers to it, the handoff card recalls. */
export const SUMMARY_QUESTIONS = 3;

/** One visitor question before the handoff, and what the bot answered to it. */
export interface SummaryExchange {
  question: string;
  /** The bot's messages between this question and the next, oldest first; empty when it said nothing. */
  answers: Array<{ text: string; sources: KnowledgeSource[]; isMiss: boolean }>;
}

/**
 * What the visitor asked and the bot answered before the newest handoff: the last {@link SUMMARY_QUESTIONS}
 * visitor messages, each with the bot's replies to it, oldest first. Derived from the timeline alone, so it
 * needs nothing the relay does not already send; empty when the timeline holds no handoff.
 */
export function handoffSummary(entries: readonly Entry[]): SummaryExchange[] {
  const handoffAt = entries.findLastIndex((entry) => entry.kind === 'handoff_requested');
  if (handoffAt === -1) return [];
  const exchanges: SummaryExchange[] = [];
  for (const entry of entries.slice(0, handoffAt)) {
    if (entry.kind === 'visitor_message') {
      exchanges.push({ question: entry.text, answers: [] });
    } else if (entry.kind === 'bot_message') {
      // A bot greeting before the visitor's first question answers nothing.
      exchanges.at(-1)?.answers.push({ text: entry.text, sources: entry.sources, isMiss: entry.isMiss });
    }
  }
  return exchanges.slice(-SUMMARY_QUESTIONS);
}
