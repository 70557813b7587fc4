/**
 * The light driver's client: one Socket.IO namespace over a bare `ws` WebSocket, speaking the wire protocol
 * directly (Engine.IO v4 open and heartbeat, Socket.IO v5 connect, events and acknowledgements). It does
 * what the benchmark needs and nothing else: no reconnection, no long-polling, no binary packets, no
 * buffering while offline. Frames go out with a zero mask (the masking XOR is then skipped; masking guards
 * against proxy cache poisoning, which loopback has no proxy for) and arrive without UTF-8 validation, so
 * thousands of these sockets cost the driver far less than socket.io-client would.
 */
import { WebSocket } from 'ws';
import { decodePacket, encodeConnect, encodeEvent, PONG, WEBSOCKET_PATH } from './engine-packets.js';

/** How long a connection or an acknowledgement may take before the benchmark gives up on it. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * @typedef {object} LightSocket
 * @property {(event: string, payload: unknown, onAck: (data: string) => void) => void} send Emits an
 *   event asking for an acknowledgement; `onAck` receives the acknowledgement's body (a JSON array of its
 *   arguments) unparsed.
 * @property {(event: string, payload: unknown, timeoutMs?: number) => Promise<unknown>} request Emits an
 *   event and resolves with the acknowledgement's first argument, parsed.
 * @property {(listener: (data: string) => void) => () => void} onEvent Adds a listener for every event
 *   the server emits on the namespace, which receives the body (`["name", payload]`) unparsed; answers the
 *   function that removes it.
 * @property {() => boolean} isOpen
 * @property {() => void} close Closes at once, without a closing handshake.
 */

/**
 * @typedef {object} LightSocketOptions
 * @property {string} url The server's base URL, such as `http://127.0.0.1:4000`.
 * @property {string} namespace Such as `/visitor`.
 * @property {object} auth The Socket.IO handshake's `auth` object.
 * @property {Record<string, string>} [headers] Extra HTTP headers for the upgrade request (a cookie).
 * @property {number} [timeoutMs]
 */

/** @param {Buffer} mask */
const zeroMask = (mask) => void mask.fill(0);

/**
 * Opens a WebSocket and connects to one namespace; resolves once the server accepted the handshake, and
 * rejects with the server's refusal, a timeout, or a closed connection.
 * @param {LightSocketOptions} options
 * @returns {Promise<LightSocket>}
 */
export function connectLightSocket({ url, namespace, auth, headers = {}, timeoutMs = DEFAULT_TIMEOUT_MS }) {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${WEBSOCKET_PATH}`, {
    headers,
    perMessageDeflate: false,
    skipUTF8Validation: true,
    generateMask: zeroMask,
  });
  /** @type {Map<number, (data: string) => void>} */
  const pendingAcks = new Map();
  /** @type {Set<(data: string) => void>} */
  const listeners = new Set();
  let nextAckId = 0;

  /** @type {LightSocket} */
  const socket = {
    send(event, payload, onAck) {
      const ackId = nextAckId++;
      pendingAcks.set(ackId, onAck);
      ws.send(encodeEvent(namespace, event, payload, ackId));
    },
    request(event, payload, requestTimeoutMs = timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`No acknowledgement of ${event} within ${requestTimeoutMs} ms.`)),
          requestTimeoutMs,
        );
        socket.send(event, payload, (data) => {
          clearTimeout(timer);
          resolve(/** @type {unknown[]} */ (JSON.parse(data))[0]);
        });
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    isOpen: () => ws.readyState === WebSocket.OPEN,
    close() {
      ws.terminate();
    },
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`${namespace} did not connect within ${timeoutMs} ms.`));
    }, timeoutMs);
    /** @param {Error} error */
    const fail = (error) => {
      clearTimeout(timer);
      ws.terminate();
      reject(error);
    };

    ws.on('error', fail);
    ws.on('close', () => fail(new Error(`${namespace} closed before it connected.`)));
    ws.on('message', (raw) => {
      const packet = decodePacket(String(raw));
      if (packet.kind === 'ping') return ws.send(PONG);
      if (packet.kind === 'open') return ws.send(encodeConnect(namespace, auth));
      if (packet.kind !== 'socket' || packet.packet.namespace !== namespace) return undefined;
      const { type, ackId, data } = packet.packet;
      if (type === 'event') {
        for (const listener of listeners) listener(data);
      } else if (type === 'ack' && ackId !== null) {
        const onAck = pendingAcks.get(ackId);
        pendingAcks.delete(ackId);
        onAck?.(data);
      } else if (type === 'connect') {
        clearTimeout(timer);
        ws.removeAllListeners('error').removeAllListeners('close');
        // After the connection, a socket error is the benchmark's to notice (a missing ack or event), not
        // an exception that would stop the driver.
        ws.on('error', () => {});
        resolve(socket);
      } else if (type === 'connect_error') {
        fail(new Error(`${namespace} refused the handshake: ${data}`));
      }
      return undefined;
    });
  });
}
