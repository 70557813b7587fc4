import type { Entry, KnowledgeSource } from '../../protocol/entries.js';

/** How many of the visitor's questions, each with the bot's answers to it, the handoff card recalls. */
export const SUMMARY_QUESTIONS = 3;

/** The most characters of a question or answer the card shows; the timeline below has the rest. */
export const SUMMARY_TEXT_LENGTH = 200;

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
      exchanges.push({ question: shortened(entry.text), answers: [] });
    } else if (entry.kind === 'bot_message') {
      // A bot greeting before the visitor's first question answers nothing.
      const answer = { text: shortened(entry.text), sources: entry.sources, isMiss: entry.isMiss };
      exchanges.at(-1)?.answers.push(answer);
    }
  }
  return exchanges.slice(-SUMMARY_QUESTIONS);
}

/** `text` on one line, cut at a word to at most {@link SUMMARY_TEXT_LENGTH} characters. */
function shortened(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= SUMMARY_TEXT_LENGTH) return oneLine;
  const cut = oneLine.slice(0, SUMMARY_TEXT_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > SUMMARY_TEXT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut}…`;
}
