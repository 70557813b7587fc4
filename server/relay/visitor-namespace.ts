import type { Namespace, Socket } from 'socket.io';
import type { VisitorContext } from '../../protocol/conversation.js';
import type { Ack } from '../../protocol/errors.js';
import { MAX_ENTRIES_PER_PAGE } from '../../protocol/limits.js';
import { visitorCommandSchemas, visitorHandshakeSchema, check } from '../../protocol/schemas.js';
import type { IdentityVerification } from '../../protocol/sites.js';
import type {
  IdentifyResult,
  ResumeResult,
  VisitorAppended,
  VisitorClientEvents,
  VisitorServerEvents,
} from '../../protocol/visitor-events.js';
import { hashToken, randomId, randomToken } from '../auth/secrets.js';
import { verifyIdentity } from '../identity/verify-identity.js';
import type { Command } from '../conversation/command.js';
import { addressKey, clientAddress } from '../limits/client-address.js';
import { rateLimitedError, takeEach, type RateLimiters } from '../limits/rate-limits.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';
import { createCommandRouter } from './command-router.js';
import type { ConversationService } from './conversation-service.js';
import type { QueueAnnouncer } from './queue-announcer.js';
import type { RelayObserver } from './relay-observer.js';
import {
  asyncHandshake,
  HandshakeError,
  isAllowedOrigin,
  requireProtocolVersion,
} from './handshake-error.js';
import { toVisitorConversation } from './views.js';
import { forVisitor } from './visitor-projection.js';

/** What the relay knows of a connected visitor once the handshake is accepted. */
export interface VisitorSocketData {
  siteId: string;
  visitorId: string;
  token: string;
  context: VisitorContext;
  /** The key the client's address is rate-limited under (see `addressKey`). */
  addressKey: string;
  /** The visitor's conversation, once this socket has seen it: a visitor's conversation never changes. */
  conversationId: string | null;
}

export type VisitorNamespace = Namespace<VisitorClientEvents, VisitorServerEvents, object, VisitorSocketData>;
type VisitorSocket = Socket<VisitorClientEvents, VisitorServerEvents, object, VisitorSocketData>;

/** The room of every socket a visitor has open, one per tab. */
export function visitorRoom(visitorId: string): string {
  return `visitor:${visitorId}`;
}

const NO_CONTEXT: VisitorContext = { pageUrl: null, pageTitle: null, referrer: null, locale: null };

export interface VisitorNamespaceOptions {
  store: Store;
  conversations: ConversationService;
  now: () => number;
  logger: Logger;
  limiters: RateLimiters;
  observer: RelayObserver;
  /** Tells a site's waiting visitors their place in the queue. */
  queue: Pick<QueueAnnouncer, 'announce'>;
  /** Tells the consoles that have the conversation open whether its visitor is typing. */
  onTyping: (conversationId: string, isTyping: boolean) => void;
  /**
   * Told when what agents see of the visitor changed (a new page, or who they are), so inboxes show it.
   */
  onVisitorChanged: (conversationId: string) => void;
  /** How the site verifies identities; read for each `visitor:identify`, so an admin's change applies at once. */
  identityPolicyOf: (siteId: string) => Promise<IdentityVerification>;
}

/**
 * The `/visitor` namespace. The handshake checks the protocol version, the site and the page's origin, and
 * recognises the visitor by their token, or gives a new visitor one; a token that matches no visitor of
 * the site is refused with `unauthorized` (the widget then starts afresh without it). Handshakes that do
 * not resume a known visitor, commands, and new conversations are rate-limited per client address, and
 * commands per visitor too. Each socket joins its visitor's room, so every tab the visitor has open sees
 * the same conversation.
 */
export function attachVisitorNamespace(namespace: VisitorNamespace, options: VisitorNamespaceOptions): void {
  const { store, conversations, now, logger, limiters, observer, queue, onTyping } = options;
  const { onVisitorChanged, identityPolicyOf } = options;

  namespace.use(
    asyncHandshake(async (socket) => {
      const handshake = check(visitorHandshakeSchema, socket.handshake.auth);
      if (!handshake.ok) throw new HandshakeError('invalid_payload', handshake.message);
      const { protocolVersion, siteId, token } = handshake.value;
      requireProtocolVersion(protocolVersion);
      const site = await store.findSite(siteId);
      if (!site) throw new HandshakeError('unknown_site', 'No site has this id.');
      const { origin, host } = socket.handshake.headers;
      if (!isAllowedOrigin(origin, host, site.allowedOrigins)) {
        throw new HandshakeError('origin_not_allowed', 'This site does not allow chat from this origin.');
      }
      const key = addressKey(
        clientAddress(socket.handshake.address, socket.handshake.headers['x-forwarded-for']),
      );
      const known = token === null ? null : await store.findVisitorByToken(siteId, hashToken(token));
      if (known && token !== null) {
        socket.data = {
          siteId,
          visitorId: known.id,
          token,
          context: NO_CONTEXT,
          addressKey: key,
          conversationId: null,
        };
        return;
      }
      const admitted = limiters.newVisitors.take(key);
      if (!admitted.ok)
        throw new HandshakeError('rate_limited', rateLimitedError(admitted.retryAfterMs).message);
      if (token !== null) {
        throw new HandshakeError(
          'unauthorized',
          'No visitor of this site has this token; connect without one.',
        );
      }
      const fresh = { id: randomId(), token: randomToken() };
      await store.createVisitor({
        id: fresh.id,
        siteId,
        tokenHash: hashToken(fresh.token),
        createdAt: now(),
      });
      socket.data = {
        siteId,
        visitorId: fresh.id,
        token: fresh.token,
        context: NO_CONTEXT,
        addressKey: key,
        conversationId: null,
      };
    }),
  );

  async function resume(
    socket: VisitorSocket,
    payload: { conversationId: string | null; lastSeq: number; context: VisitorContext },
  ): Promise<Ack<ResumeResult>> {
    socket.data.context = payload.context;
    const conversation = await store.findConversationOfVisitor(socket.data.visitorId);
    socket.data.conversationId = conversation?.id ?? null;
    const { token } = socket.data;
    if (!conversation) {
      return {
        ok: true as const,
        token,
        conversation: null,
        entries: [],
        isFullResync: payload.conversationId !== null,
        hasMore: false,
      };
    }
    if (await store.updateVisitorContext(conversation.id, payload.context, now())) {
      onVisitorChanged(conversation.id);
    }
    void conversations.answerUnansweredQuestion(conversation.id);
    // The visitor's place comes after the resume's answer, as the whole site's queue is announced.
    if (conversation.state === 'waiting') queue.announce(conversation.siteId);
    const isFullResync = payload.conversationId !== conversation.id || payload.lastSeq > conversation.lastSeq;
    const afterSeq = isFullResync ? 0 : payload.lastSeq;
    const page = await store.readEntries(conversation.id, afterSeq, MAX_ENTRIES_PER_PAGE + 1);
    return {
      ok: true as const,
      token,
      conversation: toVisitorConversation(conversation),
      entries: page.slice(0, MAX_ENTRIES_PER_PAGE).map(forVisitor),
      isFullResync,
      hasMore: page.length > MAX_ENTRIES_PER_PAGE,
    };
  }

  /** The visitor's conversation, started (and counted against the address's limit) if they have none. */
  async function ensureConversationId(socket: VisitorSocket): Promise<Ack<{ id: string }>> {
    const { visitorId, siteId, addressKey: key } = socket.data;
    if (socket.data.conversationId !== null) return { ok: true, id: socket.data.conversationId };
    const existing = await store.findConversationOfVisitor(visitorId);
    if (!existing) {
      const admitted = limiters.newConversations.take(key);
      if (!admitted.ok) return { ok: false, error: rateLimitedError(admitted.retryAfterMs) };
    }
    const conversation =
      existing ??
      (await store.ensureConversation({
        id: randomId(),
        siteId,
        visitorId,
        visitor: socket.data.context,
        at: now(),
      }));
    socket.data.conversationId = conversation.id;
    return { ok: true, id: conversation.id };
  }

  /**
   * Runs a command of the visitor's. Its acknowledgement carries the entries, which the relay then sends to
   * the visitor's other tabs only: the sending tab gets one packet per message, not two.
   */
  async function run(
    socket: VisitorSocket,
    command: Command,
    clientId: string,
  ): Promise<Ack<VisitorAppended>> {
    const conversation = await ensureConversationId(socket);
    if (!conversation.ok) return conversation;
    const result = await conversations.execute(conversation.id, command, clientId, socket.id);
    if (!result.ok) return result;
    return {
      ok: true,
      conversationId: conversation.id,
      seq: result.seq,
      entries: result.entries.map(forVisitor),
    };
  }

  // Made once for the namespace: each socket holds only its data and one listener.
  const route = createCommandRouter<typeof visitorCommandSchemas, VisitorSocket>(
    visitorCommandSchemas,
    {
      'session:resume': resume,
      'message:send': (socket, { clientId, text }) =>
        run(socket, { type: 'visitor_message', text }, clientId),
      'handoff:request': (socket, { clientId }) => run(socket, { type: 'request_handoff' }, clientId),
      'lead:leave': (socket, { clientId, email, text }) =>
        run(socket, { type: 'leave_message', email, text }, clientId),
      'rating:give': (socket, { clientId, score, comment }) =>
        run(socket, { type: 'rate', score, comment }, clientId),
      async 'typing:set'(socket, { isTyping }): Promise<Ack> {
        // Before the visitor has a conversation, nobody can be watching them type.
        if (socket.data.conversationId !== null) onTyping(socket.data.conversationId, isTyping);
        return { ok: true };
      },
      async 'visitor:identify'(socket, claim): Promise<Ack<IdentifyResult>> {
        const verified = verifyIdentity(claim, await identityPolicyOf(socket.data.siteId));
        if (!verified.ok) return verified;
        const changed = await store.setVisitorIdentity(socket.data.visitorId, verified.identity);
        if (changed !== null) onVisitorChanged(changed);
        return { ok: true, identity: verified.identity };
      },
    },
    {
      logger,
      onRefused: (event, error) => observer.commandRefused('visitor', event, error),
      admit(socket) {
        const admitted = takeEach([
          [limiters.visitorCommands, socket.data.visitorId],
          [limiters.addressCommands, socket.data.addressKey],
        ]);
        return admitted.ok ? null : rateLimitedError(admitted.retryAfterMs);
      },
    },
  );

  namespace.on('connection', (socket) => {
    void socket.join(visitorRoom(socket.data.visitorId));
    socket.onAny((event: string, ...args: unknown[]) => void route(socket, event, args));
  });
}
