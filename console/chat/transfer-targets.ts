import type { AgentPresence } from '../../protocol/agent-events.js';

/**
 * The teammates a conversation can be transferred to: connected and `online` (the relay refuses anyone
 * else), never the agent themselves; the least loaded first, then by name.
 */
export function transferTargets(team: readonly AgentPresence[], myId: string | null): AgentPresence[] {
  return team
    .filter((agent) => agent.isOnline && agent.status === 'online' && agent.id !== myId)
    .toSorted((a, b) => a.load - b.load || a.name.localeCompare(b.name));
}
