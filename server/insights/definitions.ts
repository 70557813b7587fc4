/**
 * What each figure of the Insights page means, in the words the page shows next to it. The report carries
 * these, so the page always explains the figures with the definitions they were computed by.
 */
import type { InsightsMetric } from '../../protocol/insights.js';
import { REASONS_PER_TRIGGER } from './handoffs.js';
import { PURCHASE_KEYWORDS } from './leads.js';
import { QUESTIONS_GROUPED, SIMILARITY_THRESHOLD } from './question-groups.js';

const PERCENTILES =
  'Median and 90th percentile by nearest rank: the smallest measured time that half (nine in ten) of the measured times are at or under.';

export const INSIGHTS_DEFINITIONS: Record<InsightsMetric, string> = {
  conversations:
    'A conversation is one visit: from the visitor’s first message (or “Talk to a person”), or from their return to a resolved conversation, until it is resolved or closed for inactivity. Each is counted once, on the day it began in the chosen time zone. Conversations that began before the range are left out, and what happened after the range’s end is not counted.',
  outcomes:
    'Each conversation has exactly one outcome, the first of these that applies. Handed off: a person joined. Abandoned while waiting: someone asked for a person and no person joined, because the wait timed out, the conversation was closed while waiting, or it is still waiting at the end of the range (for a range that ends today, that includes visitors waiting right now). Resolved by the bot: nobody asked for a person, and the assistant’s last reply was an answer rather than a miss, whether the conversation ended or is still with the assistant. Unanswered: nobody asked for a person, and the assistant’s last reply was a miss, or it never replied.',
  rates:
    'Bot resolution rate: conversations resolved by the bot ÷ all conversations. Handoff rate: conversations in which someone asked for a person (handed off + abandoned) ÷ all conversations. Unanswered: unanswered ÷ all conversations. The three share one denominator and add up to 100 %. Abandonment rate: abandoned ÷ (handed off + abandoned).',
  handoffs: `Each conversation in which someone asked for a person counts once, under the trigger and the reason of its first request, so the breakdown adds up to the conversations handed off or abandoned. Triggers: the visitor pressed “Talk to a person”, the visitor wrote that they want a person, the assistant missed twice in a row, or an agent took over. Reasons are free text: identical reasons (ignoring case and spacing) count together, and each trigger lists its ${REASONS_PER_TRIGGER} most common.`,
  firstHumanResponse: `From each request for a person, by the visitor or the assistant, to the next message a person wrote in that conversation before any further request. Bot messages never count as a response; agent takeovers, which nobody waited for, and requests no person answered are left out. ${PERCENTILES}`,
  queue: `From each request for a person, by the visitor or the assistant, to the next time a person joined, before any further request. Agent takeovers, which nobody waited for, and requests nobody joined are left out. ${PERCENTILES}`,
  resolution: `From a conversation’s first entry to an agent’s “Resolve”, for the conversations an agent resolved within the range; conversations closed for inactivity or still open are left out. ${PERCENTILES}`,
  csat: 'Customer satisfaction: the ratings (1 to 5) visitors gave after their conversation was resolved, counted on the day each was given: their average, and how many gave each score.',
  topQuestions: `A question is a message a visitor wrote while the assistant had the conversation, except messages asking for a person and messages with no word that names a topic (“hi”, “thanks”). Each question is reduced to its words, lowercased, without common words and lightly stemmed, as the assistant searches. Questions with the same words count together; then, biggest first, each such set joins the first group whose founding set shares at least ${SIMILARITY_THRESHOLD * 100} % of their combined words (Jaccard similarity), or founds a new group. The newest ${QUESTIONS_GROUPED.toLocaleString('en')} questions of the range are grouped.`,
  contentGaps:
    'Questions (as in Top questions) that the assistant answered with a miss (its first message after the question, before the visitor wrote again, found no good answer), or that were the visitor’s last question before a request for a person (agent takeovers aside). They are grouped as Top questions are, biggest group first, with links to the conversations they were asked in.',
  sources:
    'Each of the assistant’s answers counts once for every knowledge document it cited. Answers that cited no document (small talk, misses) are not counted.',
  interestLeads: `Conversations in which the visitor wrote one of these words or phrases (whole words, any case): ${PURCHASE_KEYWORDS.join(', ')}. Each conversation is listed once, with its first such message.`,
  emailLeads:
    'Email addresses visitors gave when they left a message for the team because nobody could take the chat, and those they typed in their messages, found by a simple pattern (name@domain.tld); each listed once, where it was first given.',
};
