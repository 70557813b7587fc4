import type { EscalationStage } from '../../protocol/entries.js';
import type { Command } from '../conversation/command.js';
import type { HandoffRulesBook } from '../handoff-rules-file.js';
import type { Logger } from '../logger.js';
import type { Deadline, Store, WaitingConversation } from '../store/store.js';
import type { ConversationService } from './conversation-service.js';

/** How long each stored deadline is, in ms. */
export interface DeadlinePolicy {
  /** How long an agent may stay disconnected before their conversations go back to the queue. */
  agentGraceMs: number;
  /** How long a visitor waits for a person before the assistant takes the conversation back. */
  waitTimeoutMs: number;
  /** How long a conversation may stay without any commit before it is closed. */
  idleCloseMs: number;
}

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = {
  agentGraceMs: 60_000,
  waitTimeoutMs: 10 * 60_000,
  idleCloseMs: 30 * 60_000,
};

/** How often each relay process heartbeats and looks for passed deadlines. */
export const SWEEP_INTERVAL_MS = 1000;
/** A relay process silent for this long is dead: its agent sockets no longer count as online. */
export const NODE_TIMEOUT_MS = 10_000;
/** The most deadlines of each kind carried out per sweep, so one sweep stays short. */
const DEADLINES_PER_SWEEP = 100;

export interface DeadlineSweeperOptions {
  store: Store;
  conversations: ConversationService;
  /** This relay process's id in the store. */
  nodeId: string;
  policy: DeadlinePolicy;
  now: () => number;
  logger: Logger;
  /** Told when a dead relay process was reaped, so its agents show as offline everywhere. */
  onNodesReaped: () => void;
  /** Each site's rules, for when its waits are escalated. */
  rules: HandoffRulesBook;
  /** Told after each sweep, so waiting conversations are routed again. */
  onSwept: () => void;
}

export interface DeadlineSweeper {
  /** One sweep now: heartbeat, reap dead processes, carry out passed deadlines. */
  sweep(): Promise<void>;
  /** Sweeps every {@link SWEEP_INTERVAL_MS} until stopped; the first sweep has finished when it resolves. */
  start(): Promise<void>;
  /** Stops sweeping and waits for a sweep under way. */
  stop(): Promise<void>;
}

/**
 * Carries out the deadlines that must survive any one relay process: an agent's disconnect grace period, a
 * wait's escalations (by its site's rules), a waiting visitor's timeout and idle close. None is a timer in memory: each is a stored time (when the agent
 * was last seen, when the visitor started waiting, the last commit) that every live process checks on each
 * sweep. Whichever process finds a passed deadline first commits its command; the command names the state
 * it was found in, so the compare-and-set refuses every later attempt and each happens once.
 */
export function createDeadlineSweeper(options: DeadlineSweeperOptions): DeadlineSweeper {
  const { store, conversations, nodeId, policy, now, logger, onNodesReaped, rules, onSwept } = options;
  let timer: NodeJS.Timeout | null = null;
  let underWay: Promise<void> = Promise.resolve();
  let isStopped = false;

  async function sweep(): Promise<void> {
    const at = now();
    await store.heartbeatNode(nodeId, at);
    const aliveSince = at - NODE_TIMEOUT_MS;
    if ((await store.reapSilentNodes(aliveSince)) > 0) onNodesReaped();
    // Escalations first: each site's come before the wait timeout, which applies to every site.
    for (const waiting of await store.listWaitingConversations(null)) {
      const stage = dueEscalation(waiting, at);
      if (stage === null) continue;
      const command: Command = { type: 'escalate_wait', waitingSince: waiting.waitingSince, stage };
      const result = await conversations.execute(waiting.id, command, null);
      if (result.ok) logger.info('wait escalated', { conversationId: waiting.id, stage, nodeId });
    }
    const due = await store.findDueDeadlines({
      aliveSince,
      agentOfflineBefore: at - policy.agentGraceMs,
      waitingBefore: at - policy.waitTimeoutMs,
      idleBefore: at - policy.idleCloseMs,
      limit: DEADLINES_PER_SWEEP,
    });
    for (const deadline of due) {
      const result = await conversations.execute(deadline.conversationId, commandFor(deadline), null);
      // A refusal means another process carried it out first, or the conversation moved on: both fine.
      if (result.ok) logger.info('deadline carried out', { ...describe(deadline), nodeId });
    }
    onSwept();
  }

  /** The escalation the wait has reached and not had yet: the later stage wins when both are due. */
  function dueEscalation(waiting: WaitingConversation, at: number): EscalationStage | null {
    const { escalation } = rules.forSite(waiting.siteId);
    const waitedMs = at - waiting.waitingSince;
    if (waitedMs >= escalation.offerMessageAfterMs && waiting.escalation !== 'message_offered') {
      return 'message_offered';
    }
    if (waitedMs >= escalation.reofferAfterMs && waiting.escalation === null) return 'reoffered';
    return null;
  }

  function sweepSafely(): Promise<void> {
    underWay = sweep().catch((error: unknown) => {
      logger.error('deadline sweep failed', { nodeId, error: String(error) });
    });
    return underWay;
  }

  function scheduleNext(): void {
    if (isStopped) return;
    timer = setTimeout(() => void sweepSafely().then(scheduleNext), SWEEP_INTERVAL_MS);
    timer.unref();
  }

  return {
    sweep,
    async start() {
      await sweep();
      scheduleNext();
    },
    async stop() {
      isStopped = true;
      if (timer !== null) clearTimeout(timer);
      await underWay;
    },
  };
}

function commandFor(deadline: Deadline): Command {
  switch (deadline.kind) {
    case 'agent_grace':
      return { type: 'release_agent', agent: deadline.agent, ownerVersion: deadline.ownerVersion };
    case 'wait_timeout':
      return { type: 'time_out_wait', waitingSince: deadline.waitingSince };
    case 'idle_close':
      return { type: 'close_idle', version: deadline.version, idleSince: deadline.idleSince };
  }
}

function describe(deadline: Deadline): Record<string, unknown> {
  return { kind: deadline.kind, conversationId: deadline.conversationId };
}
