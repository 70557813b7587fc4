import type { AgentRef } from '../../protocol/entries.js';

/** An agent routing may assign to: connected, `online`, and how many conversations they own now. */
export interface RoutingCandidate {
  agent: AgentRef;
  load: number;
}

/**
 * The agent who gets the next waiting conversation: the least loaded one under `capacity`, ties going to
 * the agent whose name sorts first (then id), so every relay process picks the same one from the same
 * loads. Null when everyone is at capacity: the conversation waits in the queue.
 */
export function pickAgent(candidates: readonly RoutingCandidate[], capacity: number): AgentRef | null {
  let best: RoutingCandidate | null = null;
  for (const candidate of candidates) {
    if (candidate.load >= capacity) continue;
    if (!best || compare(candidate, best) < 0) best = candidate;
  }
  return best?.agent ?? null;
}

function compare(a: RoutingCandidate, b: RoutingCandidate): number {
  return a.load - b.load || a.agent.name.localeCompare(b.agent.name) || a.agent.id.localeCompare(b.agent.id);
}
