/**
 * Visitors' questions: the messages they wrote while the assistant had the conversation, which are the
 * ones the knowledge base is there to answer. A message asking for a person is a request, not a question,
 * and a message without a word that names a topic ("hi", "thanks") is left out.
 */
import type { Entry } from '../../protocol/entries.js';
import { searchTerms } from '../bot/search-terms.js';
import { ownersBefore, type Episode } from './episodes.js';

export interface Question {
  conversationId: string;
  /** When it was asked, in ms since the Unix epoch. */
  at: number;
  text: string;
  /** Its distinct words, lowercased, without stop words and lightly stemmed, as the bot searches. */
  terms: string[];
  /** The assistant's reply (its first message after the question, before the visitor wrote again) was a miss. */
  isMissed: boolean;
  /** It was the visitor's last question before a request for a person (an agent's takeover aside). */
  isLastBeforeHandoff: boolean;
}

export function questionsOf(episode: Episode): Question[] {
  const { entries } = episode;
  const owners = ownersBefore(entries);
  const questions: Question[] = [];
  let lastQuestion: Question | null = null;
  entries.forEach((entry, index) => {
    if (entry.kind === 'handoff_requested' && entry.trigger !== 'agent_takeover' && lastQuestion !== null) {
      lastQuestion.isLastBeforeHandoff = true;
      lastQuestion = null;
    }
    if (entry.kind !== 'visitor_message' || owners[index] !== 'bot') return;
    const next = entries[index + 1];
    if (next?.kind === 'handoff_requested' && next.trigger === 'visitor_phrase') return;
    const terms = searchTerms(entry.text);
    if (terms.length === 0) return;
    lastQuestion = {
      conversationId: episode.conversationId,
      at: entry.at,
      text: entry.text,
      terms,
      isMissed: replyTo(entries, index)?.isMiss ?? false,
      isLastBeforeHandoff: false,
    };
    questions.push(lastQuestion);
  });
  return questions;
}

/** The bot's first message after the visitor message at `index`, unless the visitor wrote again first. */
function replyTo(entries: readonly Entry[], index: number) {
  const reply = entries
    .slice(index + 1)
    .find((entry) => entry.kind === 'bot_message' || entry.kind === 'visitor_message');
  return reply?.kind === 'bot_message' ? reply : undefined;
}

/** Questions the assistant missed or that led to a request for a person. */
export function isContentGap(question: Question): boolean {
  return question.isMissed || question.isLastBeforeHandoff;
}
