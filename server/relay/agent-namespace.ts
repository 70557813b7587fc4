import type { Namespace } from 'socket.io';
import type {
  AgentAppended,
  AgentClientEvents,
  AgentProfile,
  AgentServerEvents,
  InboxResult,
  OpenConversationResult,
} from '../../protocol/agent-events.js';
import type { Ack } from '../../protocol/errors.js';
import type { AgentRef } from '../../protocol/entries.js';
import { MAX_ENTRIES_PER_PAGE } from '../../protocol/limits.js';
import { agentCommandSchemas, agentHandshakeSchema, check } from '../../protocol/schemas.js';
import { hashToken } from '../auth/secrets.js';
import { readSessionCookie } from '../auth/session-cookie.js';
import type { Command } from '../conversation/command.js';
import { rateLimitedError, type RateLimiters } from '../limits/rate-limits.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';
import { commandRegistrar, unknownCommandHandler, type CommandHandlerOptions } from './command-handler.js';
import type { ConversationService } from './conversation-service.js';
import type { RelayObserver } from './relay-observer.js';
import {
  asyncHandshake,
  HandshakeError,
  isAllowedOrigin,
  requireProtocolVersion,
} from './handshake-error.js';
import { NODE_TIMEOUT_MS } from './deadline-sweeper.js';
import { attachHandoffCommands } from './agent-handoff-commands.js';
import { toSummary } from './views.js';

export interface AgentSocketData {
  agent: AgentProfile;
  /** The hash of the session token the socket was opened with; every command checks it is still valid. */
  sessionHash: string;
}

export type AgentNamespace = Namespace<AgentClientEvents, AgentServerEvents, object, AgentSocketData>;

/** Every console subscribed to inbox updates. */
export const INBOX_ROOM = 'inbox';
/** Every console with the conversation open. */
export function conversationRoom(conversationId: string): string {
  return `conversation:${conversationId}`;
}
/** Every socket of one agent, so signing out can disconnect them all. */
export function agentRoom(agentId: string): string {
  return `agent:${agentId}`;
}

/** How many resolved conversations the inbox lists. */
const RESOLVED_IN_INBOX = 50;

export interface AgentNamespaceOptions {
  store: Store;
  conversations: ConversationService;
  now: () => number;
  logger: Logger;
  limiters: RateLimiters;
  /** This relay process's id: each agent socket is recorded under it, for presence across processes. */
  nodeId: string;
  /** Told when an agent socket connects or disconnects here, or an agent sets their status. */
  onPresenceChanged: () => void;
  /** Tells the visitor (all their tabs) whether the agent answering them is typing. */
  onTyping: (visitorId: string, typing: { isTyping: boolean; agent: AgentRef }) => void;
  observer: RelayObserver;
}

/**
 * The `/agent` namespace. The handshake needs a signed-in agent's session cookie and the console's own
 * origin (cookies ride along on cross-site WebSocket handshakes, so the origin check is what stops another
 * site from opening an agent's socket in their browser). Every command is rate-limited per agent, and runs
 * only while the session is still valid: a session that expired or was signed out elsewhere (on another
 * relay process, say) gets `unauthorized` and the socket is closed.
 */
export function attachAgentNamespace(namespace: AgentNamespace, options: AgentNamespaceOptions): void {
  const { store, conversations, now, logger, limiters, nodeId, onPresenceChanged, onTyping, observer } =
    options;

  namespace.use(
    asyncHandshake(async (socket) => {
      const handshake = check(agentHandshakeSchema, socket.handshake.auth);
      if (!handshake.ok) throw new HandshakeError('invalid_payload', handshake.message);
      requireProtocolVersion(handshake.value.protocolVersion);
      const { origin, host, cookie } = socket.handshake.headers;
      if (!isAllowedOrigin(origin, host))
        throw new HandshakeError('origin_not_allowed', 'Cross-site agent connections are refused.');
      const token = readSessionCookie(cookie);
      const sessionHash = token === null ? null : hashToken(token);
      const agent = sessionHash === null ? null : await store.findSessionAgent(sessionHash, now());
      if (!agent || sessionHash === null)
        throw new HandshakeError('unauthorized', 'Sign in to the console first.');
      socket.data = { agent, sessionHash };
    }),
  );

  /**
   * Runs a command of the console on `socketId`. Its acknowledgement carries the entries, which the relay
   * then sends to the conversation's other watchers only: the sending console gets one packet per command,
   * not two.
   */
  async function runFrom(
    socketId: string,
    conversationId: string,
    command: Command,
    clientId: string | null = null,
  ): Promise<Ack<AgentAppended>> {
    const result = await conversations.execute(conversationId, command, clientId, socketId);
    return result.ok ? { ok: true, conversationId, seq: result.seq, entries: result.entries } : result;
  }

  namespace.on('connection', (socket) => {
    const { id, name } = socket.data.agent;
    const me: AgentRef = { id, name };
    const run = (conversationId: string, command: Command, clientId: string | null = null) =>
      runFrom(socket.id, conversationId, command, clientId);
    void socket.join(agentRoom(id));
    // The removal waits for the insert, so a socket that disconnects at once leaves no row behind.
    const registered = store
      .addAgentConnection({ socketId: socket.id, nodeId, agentId: id, at: now() })
      .then(onPresenceChanged);
    socket.on('disconnect', () => {
      void registered
        .then(() => store.removeAgentConnection(socket.id, now()))
        .then(onPresenceChanged)
        .catch((error: unknown) =>
          logger.error('presence not recorded', { agentId: id, error: String(error) }),
        );
    });
    const handlerOptions: CommandHandlerOptions = {
      logger,
      onRefused: (event, error) => observer.commandRefused('agent', event, error),
      async admit() {
        const admitted = limiters.agentCommands.take(id);
        if (!admitted.ok) return rateLimitedError(admitted.retryAfterMs);
        const agent = await store.findSessionAgent(socket.data.sessionHash, now());
        if (agent?.id === id) return null;
        // After the refusal is acknowledged: the acknowledgement is sent before the close.
        setImmediate(() => socket.disconnect(true));
        return { code: 'unauthorized', message: 'Your session has ended. Sign in again.' };
      },
    };
    const on = commandRegistrar(
      (event, listener) => socket.on(event, listener),
      agentCommandSchemas,
      handlerOptions,
    );

    on('inbox:subscribe', async (): Promise<Ack<InboxResult>> => {
      await socket.join(INBOX_ROOM);
      const listed = await store.listConversations({ resolvedLimit: RESOLVED_IN_INBOX });
      const team = await store.listAgentPresence(now() - NODE_TIMEOUT_MS);
      return { ok: true, agent: socket.data.agent, team, conversations: listed.map(toSummary) };
    });
    on('conversation:open', async ({ conversationId, lastSeq }): Promise<Ack<OpenConversationResult>> => {
      const conversation = await store.findConversation(conversationId);
      if (!conversation)
        return { ok: false, error: { code: 'conversation_not_found', message: 'No such conversation.' } };
      await socket.join(conversationRoom(conversationId));
      const afterSeq = lastSeq > conversation.lastSeq ? 0 : lastSeq;
      const page = await store.readEntries(conversationId, afterSeq, MAX_ENTRIES_PER_PAGE + 1);
      return {
        ok: true,
        conversation: toSummary(conversation),
        entries: page.slice(0, MAX_ENTRIES_PER_PAGE),
        hasMore: page.length > MAX_ENTRIES_PER_PAGE,
      };
    });
    on('conversation:close', async ({ conversationId }): Promise<Ack> => {
      await socket.leave(conversationRoom(conversationId));
      return { ok: true };
    });
    on('conversation:claim', ({ conversationId }) => run(conversationId, { type: 'claim', agent: me }));
    on('message:send', ({ conversationId, clientId, text }) =>
      run(conversationId, { type: 'agent_message', agent: me, text }, clientId),
    );
    on('conversation:hand-back', ({ conversationId }) =>
      run(conversationId, { type: 'hand_back', agent: me }),
    );
    on('conversation:resolve', ({ conversationId }) => run(conversationId, { type: 'resolve', agent: me }));
    attachHandoffCommands(socket, { store, now, me, run, on, onPresenceChanged, onTyping });
    socket.onAny(unknownCommandHandler(agentCommandSchemas, handlerOptions));
  });
}
