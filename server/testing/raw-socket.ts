/**
 * A Socket.IO client that writes its own packets, for hostile-input tests: payloads the real client
 * refuses to encode (nesting too deep for it, non-object handshakes, extra arguments), and no automatic
 * retries. It speaks Engine.IO through socket.io-client's Manager and writes Socket.IO packets by hand.
 */
import { Manager } from 'socket.io-client';
import { MISSING, toWireJson } from './wire-json.js';

/** What came back for one event. */
export type Reply =
  /** The acknowledgement's arguments. */
  | { kind: 'ack'; args: unknown[] }
  /** The relay closed the connection instead of answering. */
  | { kind: 'closed' }
  /** Nothing came back in time. */
  | { kind: 'silent' };

/** A connection that joined its namespace. */
export interface RawSocket {
  /** Sends `event` with `args`, asking for an acknowledgement unless `withAck` is false. */
  emit(
    event: string,
    args: readonly unknown[],
    options?: { withAck?: boolean; waitMs?: number },
  ): Promise<Reply>;
  /** Sends one Engine.IO message as it is: text that may not be a Socket.IO packet, or a binary frame. */
  sendRaw(data: string | Buffer): void;
  /** Resolves when the connection is closed, or after `waitMs` with whether it is. */
  closed(waitMs: number): Promise<boolean>;
  isOpen(): boolean;
  close(): void;
}

/** How a handshake ended. */
export type Handshake =
  | { kind: 'connected'; socket: RawSocket }
  /** The relay refused it, with the error code it gave. */
  | { kind: 'refused'; code: string | null }
  /** The relay closed the connection without answering. */
  | { kind: 'closed' };

interface Packet {
  type: number;
  nsp: string;
  id?: number;
  data?: unknown;
}

const CONNECT = 0;
const DISCONNECT = 1;
const ACK = 3;
const CONNECT_ERROR = 4;

/**
 * Opens a WebSocket to the relay at `url` and joins `namespace` with `auth` (`MISSING` sends a CONNECT
 * packet without data), with `headers` on the upgrade request.
 */
export function openRawSocket(
  url: string,
  namespace: string,
  auth: unknown,
  headers: Record<string, string> = {},
  waitMs = 5000,
): Promise<Handshake> {
  const manager = new Manager(url, {
    transports: ['websocket'],
    reconnection: false,
    autoConnect: false,
    extraHeaders: headers,
  });
  const pendingAcks = new Map<number, (reply: Reply) => void>();
  let nextAckId = 0;
  let isOpen = false;
  const closeWaiters = new Set<() => void>();

  const closeAll = () => {
    isOpen = false;
    for (const resolve of closeWaiters) resolve();
    closeWaiters.clear();
    for (const resolve of pendingAcks.values()) resolve({ kind: 'closed' });
    pendingAcks.clear();
  };

  const socket: RawSocket = {
    emit(event, args, { withAck = true, waitMs: ackWaitMs = 5000 } = {}) {
      if (!isOpen) return Promise.resolve({ kind: 'closed' });
      const attachments: Buffer[] = [];
      const json = toWireJson([event, ...args], attachments);
      const id = withAck ? nextAckId++ : null;
      const header = attachments.length > 0 ? `5${attachments.length}-` : '2';
      const reply = new Promise<Reply>((resolve) => {
        const timer = setTimeout(() => {
          if (id !== null) pendingAcks.delete(id);
          resolve({ kind: 'silent' });
        }, ackWaitMs);
        if (id !== null) pendingAcks.set(id, (result) => (clearTimeout(timer), resolve(result)));
      });
      manager.engine.send(`${header}${namespace},${id ?? ''}${json}`);
      for (const attachment of attachments) manager.engine.send(attachment);
      return reply;
    },
    sendRaw(data) {
      manager.engine.send(data);
    },
    closed(closeWaitMs) {
      if (!isOpen) return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = () => (clearTimeout(timer), resolve(true));
        const timer = setTimeout(() => (closeWaiters.delete(done), resolve(false)), closeWaitMs);
        closeWaiters.add(done);
      });
    },
    isOpen: () => isOpen,
    close() {
      closeAll();
      manager.engine.close();
    },
  };

  return new Promise((resolve) => {
    const timer = setTimeout(() => finish({ kind: 'closed' }), waitMs);
    let isSettled = false;
    function finish(handshake: Handshake) {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      if (handshake.kind !== 'connected') socket.close();
      resolve(handshake);
    }
    manager.on('packet', (packet: Packet) => {
      if (packet.nsp !== namespace) return;
      if (packet.type === CONNECT) {
        isOpen = true;
        finish({ kind: 'connected', socket });
      } else if (packet.type === CONNECT_ERROR) {
        const data = packet.data as { data?: { code?: unknown } } | undefined;
        const code = data?.data?.code;
        finish({ kind: 'refused', code: typeof code === 'string' ? code : null });
      } else if (packet.type === ACK && packet.id !== undefined) {
        pendingAcks.get(packet.id)?.({ kind: 'ack', args: Array.isArray(packet.data) ? packet.data : [] });
        pendingAcks.delete(packet.id);
      } else if (packet.type === DISCONNECT) {
        closeAll();
      }
    });
    manager.on('close', () => {
      closeAll();
      finish({ kind: 'closed' });
    });
    manager.on('error', () => finish({ kind: 'closed' }));
    manager.open((error) => {
      if (error) return finish({ kind: 'closed' });
      manager.engine.send(`${CONNECT}${namespace},${auth === MISSING ? '' : toWireJson(auth)}`);
    });
  });
}
