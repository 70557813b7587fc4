import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { AGENT_NAMESPACE } from '../../protocol/agent-events.js';
import { VISITOR_NAMESPACE } from '../../protocol/visitor-events.js';
import type { DialogManager } from '../bot/dialog-manager.js';
import type { RateLimiters } from '../limits/rate-limits.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';
import {
  agentRoom,
  attachAgentNamespace,
  conversationRoom,
  INBOX_ROOM,
  type AgentNamespace,
} from './agent-namespace.js';
import { createConversationService, type ConversationService } from './conversation-service.js';
import type { RelayObserver } from './relay-observer.js';
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
  /** Told of commits and refusals, for metrics. */
  observer: RelayObserver;
}

export interface Relay {
  io: Server;
  conversations: ConversationService;
  /** Disconnects every socket of one agent, as signing out does. */
  disconnectAgent(agentId: string): void;
  close(): Promise<void>;
}

/**
 * The relay: Socket.IO's `/visitor` and `/agent` namespaces over one conversation service. Every commit is
 * fanned out to the visitor's tabs, to the consoles that have the conversation open, and to every inbox.
 */
export function createRelay(options: RelayOptions): Relay {
  const { httpServer, store, dialogManager, now, logger, limiters, observer } = options;
  const io = new Server(httpServer, { maxHttpBufferSize: MAX_PACKET_BYTES, serveClient: false });
  // Long-polling answers bypass Express (and helmet): they get the headers that matter for them here.
  io.engine.on('headers', (headers: Record<string, string>) => {
    headers['X-Content-Type-Options'] = 'nosniff';
    headers['Cache-Control'] = 'no-store';
  });
  const visitors = io.of(VISITOR_NAMESPACE) as unknown as VisitorNamespace;
  const agents = io.of(AGENT_NAMESPACE) as unknown as AgentNamespace;

  const conversations = createConversationService({
    store,
    dialogManager,
    now,
    logger,
    observer,
    publish(conversation, entries) {
      const toVisitor = visitors.to(visitorRoom(conversation.visitorId));
      const toWatchers = agents.to(conversationRoom(conversation.id));
      for (const entry of entries) {
        toVisitor.emit('entry:added', entry);
        toWatchers.emit('entry:added', entry);
      }
      toVisitor.emit('conversation:updated', toVisitorConversation(conversation));
      agents.to(INBOX_ROOM).emit('conversation:changed', toSummary(conversation));
    },
  });

  attachVisitorNamespace(visitors, { store, conversations, now, logger, limiters, observer });
  attachAgentNamespace(agents, { store, conversations, now, logger, limiters, observer });

  return {
    io,
    conversations,
    disconnectAgent(agentId) {
      agents.in(agentRoom(agentId)).disconnectSockets(true);
    },
    async close() {
      await conversations.settled();
      await new Promise<void>((resolve) => void io.close(() => resolve()));
    },
  };
}
