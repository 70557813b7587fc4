/** Fewer recent waits than this and the estimate would be a guess: none is given. */
export const MIN_WAITS_FOR_ESTIMATE = 3;

/**
 * How long a visitor at `position` in the queue can expect to wait, in ms: the median of the site's recent
 * waits (each from the handoff to an agent joining) for each visitor ahead of and including them, shared by
 * the agents online, as agents take waiting visitors side by side. Null when fewer than
 * {@link MIN_WAITS_FOR_ESTIMATE} recent waits are known or nobody is online to take them.
 */
export function estimateWaitMs(
  recentWaitsMs: readonly number[],
  position: number,
  agentsOnline: number,
): number | null {
  if (recentWaitsMs.length < MIN_WAITS_FOR_ESTIMATE || agentsOnline === 0) return null;
  const sorted = recentWaitsMs.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round((median * position) / agentsOnline);
}
