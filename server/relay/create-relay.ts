import type { Server as HttpServer } from 'node:http';
import { Server, type ServerOptions } from 'socket.io';
import { AGENT_NAMESPACE } from '../../protocol/agent-events.js';
import type { Entry } from '../../protocol/entries.js';
import { VISITOR_NAMESPACE } from '../../protocol/visitor-events.js';
import type { DialogManager } from '../bot/dialog-manager.js';
import type { HandoffRulesBook } from '../handoff-rules-file.js';
import type { RateLimiters } from '../limits/rate-limits.js';
import type { Logger } from '../logger.js';
import type { Store, StoredConversation } from '../store/store.js';
import {
  agentRoom,
  attachAgentNamespace,
  conversationRoom,
  INBOX_ROOM,
  type AgentNamespace,
} from './agent-namespace.js';
import { AudienceAwareAdapter } from './audience-adapter.js';
import { createAutoRouter } from './auto-router.js';
import { createCoalescedTask } from './coalesced-task.js';
import { createConversationService, type ConversationService } from './conversation-service.js';
import { createDeadlineSweeper, NODE_TIMEOUT_MS, type DeadlinePolicy } from './deadline-sweeper.js';
import { createInboxAnnouncer } from './inbox-announcer.js';
import { createQueueAnnouncer } from './queue-announcer.js';
import type { RelayObserver } from './relay-observer.js';
import { createTeamAvailability } from './team-availability.js';
import { forVisitor } from './visitor-projection.js';
import { toSummary, toVisitorConversation } from './views.js';
import { attachVisitorNamespace, visitorRoom, type VisitorNamespace } from './visitor-namespace.js';

/**
 * The largest Socket.IO packet the relay accepts: a maximal message with room to spare, and no more. A
 * bigger one closes the connection before it is parsed.
 */
export const MAX_PACKET_BYTES = 64 * 1024;

export interface RelayOptions {
  httpServer: HttpServer;
  store: Store;
  dialogManager: DialogManager;
  now: () => number;
  logger: Logger;
  /** The rate limits on handshakes and commands; shared with the HTTP API's. */
  limiters: RateLimiters;
  /** This relay process's id among all the processes sharing the store. */
  nodeId: string;
  deadlines: DeadlinePolicy;
  /** Each site's handoff rules. */
  rules: HandoffRulesBook;
  /**
   * How events reach sockets on other relay processes (the Redis streams adapter, say); Socket.IO's
   * in-memory adapter, for one process, when left out.
   */
  adapter?: ServerOptions['adapter'];
  /** Told of commits and refusals, for metrics. */
  observer: RelayObserver;
}

export interface Relay {
  io: Server;
  conversations: ConversationService;
  /** Registers this process in the store and starts carrying out deadlines; call before listening. */
  start(): Promise<void>;
  /** Disconnects every socket of one agent, as signing out does. */
  disconnectAgent(agentId: string): void;
  close(): Promise<void>;
}

/**
 * The relay: Socket.IO's `/visitor` and `/agent` namespaces over one conversation service. Every commit is
 * fanned out to the visitor's tabs, to the consoles that have the conversation open, and to every inbox.
 */
export function createRelay(options: RelayOptions): Relay {
  const { httpServer, store, dialogManager, now, logger, limiters, nodeId, observer } = options;
  const io = new Server(httpServer, {
    maxHttpBufferSize: MAX_PACKET_BYTES,
    serveClient: false,
    // One process is the whole relay unless a cluster adapter is given: then every room's members are here.
    adapter: options.adapter ?? AudienceAwareAdapter,
  });
  // Long-polling answers bypass Express (and helmet): they get the headers that matter for them here.
  io.engine.on('headers', (headers: Record<string, string>) => {
    headers['X-Content-Type-Options'] = 'nosniff';
    headers['Cache-Control'] = 'no-store';
  });
  const visitors = io.of(VISITOR_NAMESPACE) as unknown as VisitorNamespace;
  const agents = io.of(AGENT_NAMESPACE) as unknown as AgentNamespace;

  const availability = createTeamAvailability(store, now);
  // Summarized when the turn's changes go out, so a conversation that changed several times in one turn is
  // summarized once.
  const announceToInbox = createInboxAnnouncer((conversations: StoredConversation[]) =>
    agents.to(INBOX_ROOM).emit('conversations:changed', conversations.map(toSummary)),
  );
  const queue = createQueueAnnouncer({
    store,
    now,
    team: availability,
    tell: (visitorId, status) => visitors.to(visitorRoom(visitorId)).emit('queue:updated', status),
    logger,
  });
  const conversations = createConversationService({
    store,
    dialogManager,
    now,
    logger,
    observer,
    rules: options.rules,
    team: availability,
    publish(conversation, entries, before, acknowledgedSocket) {
      // The socket whose acknowledgement carries the entries, a visitor's tab or a console, is left out of
      // their entry:added. A socket id is unique across namespaces, so it can be left out of both.
      const toVisitor = visitors.to(visitorRoom(conversation.visitorId));
      const toOtherTabs = acknowledgedSocket === null ? toVisitor : toVisitor.except(acknowledgedSocket);
      const toWatchers = agents.to(conversationRoom(conversation.id));
      const toOtherWatchers =
        acknowledgedSocket === null ? toWatchers : toWatchers.except(acknowledgedSocket);
      for (const entry of entries) {
        toOtherTabs.emit('entry:added', forVisitor(entry));
        toOtherWatchers.emit('entry:added', entry);
      }
      // The widget follows lastSeq from the entries themselves: the conversation is worth a packet of its
      // own only when it starts or changes hands, not with every message.
      if (before.lastSeq === 0 || changedHands(before, conversation)) {
        toVisitor.emit('conversation:updated', toVisitorConversation(conversation));
      }
      announceToInbox(conversation);
      if (entries.some((entry) => CHANGES_LOAD.has(entry.kind))) announceTeam();
      const isWaiting = conversation.state === 'waiting';
      const wasWaiting = before.state === 'waiting';
      if (isWaiting !== wasWaiting) {
        if (wasWaiting) toVisitor.emit('queue:updated', null);
        queue.announce(conversation.siteId);
      }
      const isReoffered = entries.some(
        (entry) => entry.kind === 'wait_escalated' && entry.stage === 'reoffered',
      );
      const freesCapacity = entries.some((entry) => FREES_CAPACITY.has(entry.kind));
      if ((isWaiting && !wasWaiting) || isReoffered || freesCapacity) router.request();
    },
  });
  const router = createAutoRouter({ store, conversations, rules: options.rules, now, logger });

  /** Tells every console, on every process, who is online and how loaded, as the store has it now. */
  const announceTeam = createCoalescedTask(async () => {
    const team = await store.listAgentPresence(now() - NODE_TIMEOUT_MS);
    agents.to(INBOX_ROOM).emit('team:changed', team);
  }, logger);
  /**
   * Someone connected, disconnected or set their status: availability is read afresh, the team told, and
   * waiting conversations routed to whoever came online.
   */
  function publishTeam(): void {
    availability.invalidate();
    announceTeam();
    router.request();
  }
  const sweeper = createDeadlineSweeper({
    store,
    conversations,
    nodeId,
    policy: options.deadlines,
    now,
    logger,
    onNodesReaped: publishTeam,
    rules: options.rules,
    onSwept: () => router.request(),
  });

  // Typing is relayed through rooms, so the adapter carries it to sockets on other processes; it is never stored.
  attachVisitorNamespace(visitors, {
    store,
    conversations,
    now,
    logger,
    limiters,
    observer,
    queue,
    onTyping: (conversationId, isTyping) =>
      agents.to(conversationRoom(conversationId)).emit('typing:changed', { conversationId, isTyping }),
    // A site the store no longer knows verifies nothing and requires nothing; its handshakes fail anyway.
    identityPolicyOf: async (siteId) =>
      (await store.findSiteProfile(siteId))?.identity ?? { secret: null, isRequired: false },
    onVisitorChanged(conversationId) {
      void conversations
        .readAfterQueued(conversationId)
        .then((conversation) => {
          if (conversation) announceToInbox(conversation);
        })
        .catch((error: unknown) => logger.error('visitor change not announced', { error: String(error) }));
    },
  });
  attachAgentNamespace(agents, {
    store,
    conversations,
    now,
    logger,
    limiters,
    nodeId,
    onPresenceChanged: publishTeam,
    onTyping: (visitorId, typing) => visitors.to(visitorRoom(visitorId)).emit('typing:changed', typing),
    observer,
  });

  return {
    io,
    conversations,
    start: () => sweeper.start(),
    disconnectAgent(agentId) {
      agents.in(agentRoom(agentId)).disconnectSockets(true);
    },
    async close() {
      await sweeper.stop();
      await router.settled();
      await conversations.settled();
      // Before the sockets close: their agents then count as last seen now, and other processes start
      // their grace periods at once instead of after this process's heartbeat times out.
      await store.removeNode(nodeId, now()).catch((error: unknown) => {
        // A store that is gone cannot be told; the other processes reap this one when its heartbeat stops.
        logger.warn('could not deregister this relay process', { nodeId, error: String(error) });
      });
      await new Promise<void>((resolve) => void io.close(() => resolve()));
    },
  };
}

/** Whether the conversation's state or its agent differ between `before` and `after`. */
function changedHands(before: StoredConversation, after: StoredConversation): boolean {
  return before.state !== after.state || before.agent?.id !== after.agent?.id;
}

/** The entries after which an agent owns more or fewer conversations. */
const CHANGES_LOAD = new Set<Entry['kind']>([
  'agent_joined',
  'agent_left',
  'handed_back',
  'resolved',
  'idle_closed',
  'transferred',
]);

/** The entries after which an agent owns fewer conversations, and so may be routed another. */
const FREES_CAPACITY = new Set<Entry['kind']>([
  'agent_left',
  'handed_back',
  'resolved',
  'idle_closed',
  'transferred',
]);
