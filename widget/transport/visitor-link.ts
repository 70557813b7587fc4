import type { QueueStatus, VisitorConversation } from '../../protocol/conversation.js';
import type { AgentRef, Entry } from '../../protocol/entries.js';
import type { VISITOR_NAMESPACE } from '../../protocol/visitor-events.js';
import type { CommandAck, OpenVisitorLink, SendCommand } from '../chat/ports.js';
import { createNamespaceSocket } from './namespace-socket.js';

const NAMESPACE: typeof VISITOR_NAMESPACE = '/visitor';

/** How long a command waits for its acknowledgement before the caller resends it. */
const ACK_TIMEOUT_MS = 10_000;
/**
 * How long to wait, on average, before trying again after the relay refused the handshake as too many new
 * visitors from one address (a busy office or mobile network); jittered so a crowd does not return at once.
 */
const RATE_LIMITED_RETRY_MS = 30_000;

/** The relay's error code from a refused handshake (`next(err)` with `err.data.code`), when it gave one. */
function refusalCode(error: unknown): string | null {
  const code = (error as { data?: { code?: unknown } } | null)?.data?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * Opens the `/visitor` connection to the relay at `origin`, which reconnects by itself with exponential
 * backoff and jitter. The handshake is read again on every attempt.
 */
export function createVisitorLink(origin: string): OpenVisitorLink {
  return (events, handshake) => {
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const socket = createNamespaceSocket({
      origin,
      namespace: NAMESPACE,
      auth: handshake,
      events: {
        connected: () => events.connected(),
        disconnected: () => events.disconnected(),
        closed: () => events.refused(null),
        refused(error) {
          const code = refusalCode(error);
          if (code !== 'rate_limited') {
            events.refused(code);
            return;
          }
          // A passing refusal: try again later, by which time the address may have room again.
          events.disconnected();
          retryTimer = setTimeout(() => socket.connect(), RATE_LIMITED_RETRY_MS * (0.5 + Math.random()));
        },
        event(name, [payload]) {
          switch (name) {
            case 'entry:added':
              return events.entryAdded(payload as Entry);
            case 'conversation:updated':
              return events.conversationUpdated(payload as VisitorConversation);
            case 'queue:updated':
              return events.queueUpdated(payload as QueueStatus | null);
            case 'typing:changed':
              return events.typingChanged(payload as { isTyping: boolean; agent: AgentRef });
          }
        },
      },
    });

    // The relay answers each command with its ack shape; the frame reads it as the protocol says.
    const send: SendCommand = (name, payload) =>
      socket.emitWithAck(name, payload, ACK_TIMEOUT_MS) as Promise<CommandAck<typeof name>>;

    return {
      connect: () => socket.connect(),
      close: () => {
        clearTimeout(retryTimer);
        socket.close();
      },
      send,
    };
  };
}
