/**
 * Why conversations went to a person: each conversation with a request for a person counts once, under the
 * trigger and reason of its first request, so the breakdown adds up to the conversations handed off or
 * abandoned. Reasons are free text; within a trigger, identical reasons (ignoring case and spacing) count
 * together and the most common are listed.
 */
import type { Entry, HandoffTrigger } from '../../protocol/entries.js';
import type { TriggerBreakdown } from '../../protocol/insights.js';
import type { Episode } from './episodes.js';

/** How many of a trigger's reasons are listed; the rest count as other reasons. */
export const REASONS_PER_TRIGGER = 5;

type HandoffRequest = Extract<Entry, { kind: 'handoff_requested' }>;

export function handoffBreakdown(episodes: readonly Episode[]): TriggerBreakdown[] {
  const byTrigger = new Map<HandoffTrigger, Map<string, { reason: string; count: number }>>();
  for (const episode of episodes) {
    const first = episode.entries.find(
      (entry): entry is HandoffRequest => entry.kind === 'handoff_requested',
    );
    if (first === undefined) continue;
    const reasons = byTrigger.get(first.trigger) ?? new Map<string, { reason: string; count: number }>();
    byTrigger.set(first.trigger, reasons);
    const reason = first.reason.replace(/\s+/g, ' ').trim();
    const key = reason.toLowerCase();
    const counted = reasons.get(key) ?? { reason, count: 0 };
    counted.count += 1;
    reasons.set(key, counted);
  }
  return [...byTrigger]
    .map(([trigger, reasons]): TriggerBreakdown => {
      const ranked = [...reasons.values()].toSorted(
        (left, right) => right.count - left.count || left.reason.localeCompare(right.reason),
      );
      const conversations = ranked.reduce((sum, { count }) => sum + count, 0);
      const listed = ranked.slice(0, REASONS_PER_TRIGGER);
      const listedCount = listed.reduce((sum, { count }) => sum + count, 0);
      return { trigger, conversations, reasons: listed, otherReasons: conversations - listedCount };
    })
    .toSorted(
      (left, right) => right.conversations - left.conversations || left.trigger.localeCompare(right.trigger),
    );
}
