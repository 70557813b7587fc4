/**
 * How long visitors wait for people, and how long conversations take. Waits are measured from each request
 * for a person made by the visitor or the assistant; an agent's takeover is nobody's wait, so it is left
 * out. Bot messages never count as a response.
 */
import type { Entry } from '../../protocol/entries.js';
import type { DurationSummary } from '../../protocol/insights.js';
import type { Episode } from './episodes.js';

/**
 * The nearest-rank percentile `p` (0 to 100) of ascending `sorted` values: the smallest value that at
 * least p % of the values are at or below. Null when there are none.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

export function summarizeDurations(values: readonly number[]): DurationSummary {
  const sorted = values.toSorted((left, right) => left - right);
  return { count: sorted.length, medianMs: percentile(sorted, 50), p90Ms: percentile(sorted, 90) };
}

/**
 * For each request for a person, the time until the first entry of `kind` after it and before the
 * conversation's next request; requests never followed by one are left out.
 */
function waitsUntil(episode: Episode, kind: 'agent_joined' | 'agent_message'): number[] {
  const waits: number[] = [];
  const { entries } = episode;
  entries.forEach((request, index) => {
    if (request.kind !== 'handoff_requested' || request.trigger === 'agent_takeover') return;
    const answer = entries
      .slice(index + 1)
      .find((entry: Entry) => entry.kind === kind || entry.kind === 'handoff_requested');
    if (answer?.kind === kind) waits.push(answer.at - request.at);
  });
  return waits;
}

/** Time in queue: from each request for a person to the next time a person joined. */
export function queueTimes(episode: Episode): number[] {
  return waitsUntil(episode, 'agent_joined');
}

/** Time to first human response: from each request for a person to the next message a person wrote. */
export function firstResponseTimes(episode: Episode): number[] {
  return waitsUntil(episode, 'agent_message');
}

/** Resolution time: from the episode's first entry to the agent's `resolved` that closed it, if one did. */
export function resolutionTime(episode: Episode): number | null {
  const last = episode.entries.at(-1);
  return last?.kind === 'resolved' ? last.at - episode.startedAt : null;
}
