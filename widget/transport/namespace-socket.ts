/**
 * A Socket.IO client (protocol 5) for one namespace and JSON only, on Engine.IO's own client: connect with
 * an auth payload, events in, commands out with acknowledgements, and reconnection with backoff. It stands
 * in for `socket.io-client` in the chat frame, whose Manager (multiplexing, volatile and buffered sends,
 * retries, binary attachments) the frame never used, to keep the frame within its size budget.
 */
import { Socket as Engine } from 'engine.io-client';
import { reconnectDelay } from './reconnect-delay.js';
import { Decoder, Encoder, PacketType, type Packet } from './socket-io-text-parser.js';

/** What the namespace connection reports. */
export interface NamespaceEvents {
  /** The namespace accepted the handshake. */
  connected(): void;
  /** The connection dropped or an attempt failed; it retries by itself. */
  disconnected(): void;
  /** The namespace refused the handshake with this `connect_error` data; no retry follows. */
  refused(data: unknown): void;
  /** The server closed the namespace connection itself; no retry follows. */
  closed(): void;
  /** An event from the server. */
  event(name: string, args: unknown[]): void;
}

export interface NamespaceSocketOptions {
  /** The server's origin, such as `https://chat.example`. */
  origin: string;
  /** Such as `/visitor`. */
  namespace: string;
  /** The handshake's auth payload, read again on each attempt. */
  auth: () => object;
  events: NamespaceEvents;
}

export interface NamespaceSocket {
  /** Starts connecting; also starts again after a refusal. Does nothing while connecting or connected. */
  connect(): void;
  /** Disconnects for good (until `connect()`), without reporting it; waiting acks are rejected. */
  close(): void;
  /** Sends an event and resolves with the first argument of its ack; rejects offline, on a drop or timeout. */
  emitWithAck(name: string, payload: unknown, timeoutMs: number): Promise<unknown>;
}

interface WaitingAck {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export function createNamespaceSocket({
  origin,
  namespace,
  auth,
  events,
}: NamespaceSocketOptions): NamespaceSocket {
  const encoder = new Encoder();
  const decoder = new Decoder();
  const waiting = new Map<number, WaitingAck>();
  let engine: Engine | null = null;
  let isConnected = false;
  let attempts = 0;
  let nextAckId = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const write = (packet: Packet): void => {
    engine?.send(encoder.encode(packet)[0] ?? '');
  };

  function rejectWaiting(why: string): void {
    for (const [id, ack] of waiting) {
      clearTimeout(ack.timer);
      ack.reject(new Error(why));
      waiting.delete(id);
    }
  }

  /** Closes the engine without it reporting back. */
  function stop(): void {
    clearTimeout(retryTimer);
    engine?.off();
    engine?.close();
    engine = null;
    isConnected = false;
    rejectWaiting('Disconnected.');
  }

  function onEngineClosed(): void {
    engine = null;
    isConnected = false;
    rejectWaiting('Disconnected.');
    events.disconnected();
    retryTimer = setTimeout(connect, reconnectDelay(attempts++, Math.random()));
  }

  decoder.on('decoded', (packet: Packet) => {
    if (packet.nsp !== namespace) return;
    const data = packet.data as unknown[];
    switch (packet.type) {
      case PacketType.CONNECT:
        isConnected = true;
        attempts = 0;
        events.connected();
        break;
      case PacketType.CONNECT_ERROR:
        stop();
        events.refused(packet.data);
        break;
      case PacketType.DISCONNECT:
        stop();
        events.closed();
        break;
      case PacketType.EVENT:
        events.event(String(data[0]), data.slice(1));
        break;
      case PacketType.ACK: {
        const ack = waiting.get(packet.id ?? -1);
        if (ack === undefined) return;
        waiting.delete(packet.id ?? -1);
        clearTimeout(ack.timer);
        ack.resolve(data[0]);
        break;
      }
    }
  });

  function connect(): void {
    if (engine !== null) return;
    clearTimeout(retryTimer);
    const opened = new Engine(origin, {
      path: '/socket.io/',
      // WebTransport is left out of the bundle (see vite.frame.config.ts), so it must not be asked for.
      transports: ['polling', 'websocket'],
      // Long-polling runs on fetch(), which omits cookies unless asked; XHR sends them on the same origin,
      // so this keeps cookie-based sticky sessions working.
      withCredentials: true,
    });
    engine = opened;
    opened.on('open', () => write({ type: PacketType.CONNECT, nsp: namespace, data: auth() }));
    opened.on('message', (text) => {
      try {
        decoder.add(text);
      } catch {
        // A packet the frame cannot read: start again on a fresh connection, as Socket.IO does.
        opened.close();
      }
    });
    opened.on('close', onEngineClosed);
  }

  return {
    connect,
    close: stop,
    emitWithAck(name, payload, timeoutMs) {
      // Never buffered: the caller resends after the next resume instead.
      if (!isConnected) return Promise.reject(new Error('Not connected.'));
      const id = nextAckId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error('No answer in time.'));
        }, timeoutMs);
        waiting.set(id, { resolve, reject, timer });
        write({ type: PacketType.EVENT, nsp: namespace, id, data: [name, payload] });
      });
    },
  };
}
