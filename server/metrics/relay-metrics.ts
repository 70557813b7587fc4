import type { Server } from 'socket.io';
import { AGENT_NAMESPACE } from '../../protocol/agent-events.js';
import type { EntryKind } from '../../protocol/entries.js';
import { VISITOR_NAMESPACE } from '../../protocol/visitor-events.js';
import type { AgentNamespace } from '../relay/agent-namespace.js';
import type { RelayObserver } from '../relay/relay-observer.js';
import type { VisitorNamespace } from '../relay/visitor-namespace.js';
import type { Author, SwitchboardMetrics } from './switchboard-metrics.js';

const AUTHOR_OF: Partial<Record<EntryKind, Author>> = {
  visitor_message: 'visitor',
  bot_message: 'bot',
  agent_message: 'agent',
};

/** Counts what the relay reports: messages, handoffs, queue waits, refused commands. */
export function observeRelayInto(metrics: SwitchboardMetrics): RelayObserver {
  return {
    committed(before, _after, entries) {
      for (const entry of entries) {
        const author = AUTHOR_OF[entry.kind];
        if (author) metrics.messages.inc({ author });
        if (entry.kind === 'handoff_requested') metrics.handoffs.inc({ trigger: entry.trigger });
        // An agent taking over from the bot joins a visitor who never waited; only the queue is timed.
        if (entry.kind === 'agent_joined' && before.state === 'waiting' && before.waitingSince !== null) {
          metrics.queueWait.observe(Math.max(0, entry.at - before.waitingSince) / 1000);
        }
      }
    },
    commandRefused(namespace, event, error) {
      metrics.commandsRefused.inc({ namespace, event, code: error.code });
    },
  };
}

/** Distinct visitors and agents with a socket open on this process (a visitor's tabs count once). */
export function countConnected(io: Server): { visitors: number; agents: number } {
  const visitors = new Set<string>();
  for (const socket of (io.of(VISITOR_NAMESPACE) as unknown as VisitorNamespace).sockets.values()) {
    visitors.add(socket.data.visitorId);
  }
  const agents = new Set<string>();
  for (const socket of (io.of(AGENT_NAMESPACE) as unknown as AgentNamespace).sockets.values()) {
    agents.add(socket.data.agent.id);
  }
  return { visitors: visitors.size, agents: agents.size };
}
