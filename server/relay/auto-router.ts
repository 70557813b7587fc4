import type { AgentRef } from '../../protocol/entries.js';
import { pickAgent, type RoutingCandidate } from '../conversation/routing.js';
import type { HandoffRulesBook } from '../handoff-rules-file.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';
import type { ConversationService } from './conversation-service.js';
import { NODE_TIMEOUT_MS } from './deadline-sweeper.js';

export interface AutoRouterOptions {
  store: Store;
  conversations: Pick<ConversationService, 'execute'>;
  rules: HandoffRulesBook;
  now: () => number;
  logger: Logger;
}

export interface AutoRouter {
  /**
   * Assigns what can be assigned now, in the background: call when a conversation starts waiting, on each
   * sweep, and when an agent comes online or frees capacity. Bursts of calls coalesce into one more run.
   */
  request(): void;
  /** Resolves when no run is under way or asked for. */
  settled(): Promise<void>;
}

/**
 * Routing for the sites whose rules say `auto`: each waiting conversation, requeued ones first and then the
 * longest waiting, goes to the least-loaded agent who is connected, `online` and under the site's capacity.
 * The loads are read fresh from the store for each run. Any number of relay processes may route at once:
 * an assignment names the wait it was decided for, so only one commit wins and the others change nothing.
 */
export function createAutoRouter(options: AutoRouterOptions): AutoRouter {
  const { store, conversations, rules, now, logger } = options;
  let running: Promise<void> | null = null;
  let isRequested = false;

  async function route(): Promise<void> {
    const waiting = (await store.listWaitingConversations(null)).filter(
      (conversation) => rules.forSite(conversation.siteId).routing === 'auto',
    );
    if (waiting.length === 0) return;
    const team = await store.listAgentPresence(now() - NODE_TIMEOUT_MS);
    const candidates: RoutingCandidate[] = team
      .filter((agent) => agent.isOnline && agent.status === 'online')
      .map((agent) => ({ agent: { id: agent.id, name: agent.name }, load: agent.load }));
    for (const conversation of waiting) {
      const agent = pickAgent(candidates, rules.forSite(conversation.siteId).capacityPerAgent);
      if (agent === null) continue;
      const result = await conversations.execute(
        conversation.id,
        { type: 'assign', agent, waitingSince: conversation.waitingSince },
        null,
      );
      if (result.ok) loadOf(candidates, agent).load++;
    }
  }

  function runUntilCurrent(): Promise<void> {
    return (async () => {
      while (isRequested) {
        isRequested = false;
        await route().catch((error: unknown) => logger.error('routing failed', { error: String(error) }));
      }
      running = null;
    })();
  }

  return {
    request() {
      isRequested = true;
      running ??= runUntilCurrent();
    },
    async settled() {
      // A run may be asked for while the one awaited finishes.
      for (let run = running; run !== null; run = running) await run;
    },
  };
}

function loadOf(candidates: RoutingCandidate[], agent: AgentRef): RoutingCandidate {
  return candidates.find((candidate) => candidate.agent.id === agent.id) as RoutingCandidate;
}
