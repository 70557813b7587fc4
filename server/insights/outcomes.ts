/**
 * Each conversation's outcome, and the rates built from them. The outcomes are checked in a fixed order
 * and the first that applies is the conversation's only one, so the four counts add up to the number of
 * conversations and the rates built on them cannot add up to more than 100 %.
 */
import type { ConversationOutcome, OutcomeCounts, Rate } from '../../protocol/insights.js';
import type { Episode } from './episodes.js';

/**
 * How a conversation ended, or stands at the end of the range: `handed_off` when a person joined, else
 * `abandoned` when anyone asked for a person, else `bot_resolved` when the assistant's last reply was an
 * answer rather than a miss, else `unanswered`.
 */
export function outcomeOf(episode: Episode): ConversationOutcome {
  const { entries } = episode;
  if (entries.some((entry) => entry.kind === 'agent_joined')) return 'handed_off';
  if (entries.some((entry) => entry.kind === 'handoff_requested')) return 'abandoned';
  const lastReply = entries.findLast((entry) => entry.kind === 'bot_message');
  return lastReply !== undefined && !lastReply.isMiss ? 'bot_resolved' : 'unanswered';
}

export function noOutcomes(): OutcomeCounts {
  return { bot_resolved: 0, handed_off: 0, abandoned: 0, unanswered: 0 };
}

export function countOutcomes(episodes: readonly Episode[]): OutcomeCounts {
  const counts = noOutcomes();
  for (const episode of episodes) counts[outcomeOf(episode)] += 1;
  return counts;
}

export function totalOf(counts: OutcomeCounts): number {
  return counts.bot_resolved + counts.handed_off + counts.abandoned + counts.unanswered;
}

export function rateOf(count: number, total: number): Rate {
  return { count, total, value: total === 0 ? null : count / total };
}

/**
 * The page's rates. Bot resolution, handoff and unanswered share one denominator, all conversations, and
 * partition it. Abandonment is a share of the handoffs alone: of the conversations where someone asked
 * for a person, those that no person joined.
 */
export function ratesOf(counts: OutcomeCounts) {
  const total = totalOf(counts);
  const handoffs = counts.handed_off + counts.abandoned;
  return {
    botResolution: rateOf(counts.bot_resolved, total),
    handoff: rateOf(handoffs, total),
    unanswered: rateOf(counts.unanswered, total),
    abandonment: rateOf(counts.abandoned, handoffs),
  };
}
