import type { Store } from '../store/store.js';
import { NODE_TIMEOUT_MS } from './deadline-sweeper.js';

/** How long a process trusts the online count it read: a store query per visitor message would be too slow. */
export const ONLINE_COUNT_MAX_AGE_MS = 1000;

/** How many agents can take conversations now, as availability before a promise needs it. */
export interface TeamAvailability {
  /** Agents connected on a live relay process and `online`; at most {@link ONLINE_COUNT_MAX_AGE_MS} old. */
  onlineAgents(): Promise<number>;
  /** Forgets the count: this process saw a connection, a disconnection or a status change. */
  invalidate(): void;
}

/**
 * The online count from the store, read at most once per {@link ONLINE_COUNT_MAX_AGE_MS} in this process and
 * shared by every command meanwhile. Another process's changes show within that time; this process's own at
 * once, as it invalidates the count when it sees them.
 */
export function createTeamAvailability(store: Store, now: () => number): TeamAvailability {
  let cached: { count: Promise<number>; at: number } | null = null;

  function read(): Promise<number> {
    const at = now();
    const count = store
      .listAgentPresence(at - NODE_TIMEOUT_MS)
      .then((team) => team.filter((agent) => agent.isOnline && agent.status === 'online').length);
    const entry = { count, at };
    cached = entry;
    // A failed read is not kept: the next command asks the store again.
    count.catch(() => {
      if (cached === entry) cached = null;
    });
    return count;
  }

  return {
    onlineAgents() {
      if (cached !== null && now() - cached.at < ONLINE_COUNT_MAX_AGE_MS) return cached.count;
      return read();
    },
    invalidate() {
      cached = null;
    },
  };
}
