import { io, type Socket } from 'socket.io-client';
import type { VisitorClientEvents, VisitorServerEvents } from '../../protocol/visitor-events.js';
import type { VISITOR_NAMESPACE } from '../../protocol/visitor-events.js';
import type { CommandAck, OpenVisitorLink, SendCommand } from '../chat/ports.js';

const NAMESPACE: typeof VISITOR_NAMESPACE = '/visitor';

/** How long a command waits for its acknowledgement before the caller resends it. */
const ACK_TIMEOUT_MS = 10_000;
/**
 * How long to wait, on average, before trying again after the relay refused the handshake as too many new
 * visitors from one address (a busy office or mobile network); jittered so a crowd does not return at once.
 */
const RATE_LIMITED_RETRY_MS = 30_000;

type UntypedEmitWithAck = (name: string, payload: unknown) => Promise<unknown>;

/** The relay's error code from a refused handshake (`next(err)` with `err.data.code`), when it gave one. */
function refusalCode(error: Error & { data?: { code?: unknown } }): string | null {
  const code = error.data?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * Opens the `/visitor` connection to the relay at `origin` with Socket.IO, which reconnects by itself with
 * exponential backoff and jitter. The handshake is read again on every attempt.
 */
export function createVisitorLink(origin: string): OpenVisitorLink {
  return (events, handshake) => {
    const socket: Socket<VisitorServerEvents, VisitorClientEvents> = io(`${origin}${NAMESPACE}`, {
      autoConnect: false,
      auth: (reply) => reply(handshake()),
      randomizationFactor: 0.5,
      // WebTransport is left out of the bundle (see vite.frame.config.ts), so it must not be asked for.
      transports: ['polling', 'websocket'],
      // Long-polling runs on fetch(), which omits cookies unless asked; XHR sends them on the same origin, so
      // this keeps cookie-based sticky sessions working.
      withCredentials: true,
    });
    socket.on('connect', () => events.connected());
    socket.on('disconnect', () => {
      // `active` is false when the relay itself closed the connection: Socket.IO will not retry then.
      if (socket.active) events.disconnected();
      else events.refused(null);
    });
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    socket.on('connect_error', (error) => {
      const code = refusalCode(error);
      if (socket.active) {
        events.disconnected();
      } else if (code === 'rate_limited') {
        // A passing refusal: Socket.IO will not retry a refused handshake by itself, so try again later.
        events.disconnected();
        retryTimer = setTimeout(() => socket.connect(), RATE_LIMITED_RETRY_MS * (0.5 + Math.random()));
      } else {
        events.refused(code);
      }
    });
    socket.on('entry:added', (entry) => events.entryAdded(entry));
    socket.on('conversation:updated', (conversation) => events.conversationUpdated(conversation));
    socket.on('queue:updated', (status) => events.queueUpdated(status));
    socket.on('typing:changed', (typing) => events.typingChanged(typing));

    const send: SendCommand = (name, payload) => {
      // Socket.IO would buffer the command and send it ahead of the resume; the caller resends it instead.
      if (!socket.connected) return Promise.reject(new Error('Not connected.'));
      const timed = socket.timeout(ACK_TIMEOUT_MS);
      const emitWithAck = timed.emitWithAck as unknown as UntypedEmitWithAck;
      return emitWithAck.call(timed, name, payload) as Promise<CommandAck<typeof name>>;
    };

    return {
      connect: () => {
        socket.connect();
      },
      close: () => {
        clearTimeout(retryTimer);
        socket.removeAllListeners();
        socket.disconnect();
      },
      send,
    };
  };
}
